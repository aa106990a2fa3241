/**
 * The RADIUS wire format without any I/O: parsing and validating packets (RFC 2865 §3), writing attributes, and the
 * authenticators that protect them (RFC 2865 §3 and §5.2, RFC 2866 §3, RFC 3579 §3.2, RFC 5176 §2.3 and §3.3).
 * Parsing never throws on hostile input; it answers {@code null}, so a receive loop can count and drop.
 */
package org.simfleet.radius.codec;
