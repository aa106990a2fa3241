/**
 * The SMS codec, with no I/O: GSM 7-bit and UCS-2 text (3GPP TS 23.038), concatenation headers (TS 23.040
 * §9.2.3.24), data_coding decoding and the SMPP 3.4 Appendix B receipt text. The platform uses it to count parts and
 * check lengths before it accepts a message; the client and the SMSC simulator use it on the wire.
 */
package org.simfleet.smpp.codec;
