/**
 * Vendor attributes a packet gateway sends or expects: the 3GPP ones of TS 29.061 §16.4.7 (vendor 10415) with
 * decoders for the structured values (PLMN, User-Location-Info, MS-TimeZone, RAT-Type), and the Microsoft DNS ones of
 * RFC 2548. Pure functions over octets; nothing here does I/O.
 */
package org.simfleet.radius.attr;
