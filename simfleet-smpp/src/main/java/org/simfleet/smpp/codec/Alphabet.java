package org.simfleet.smpp.codec;

/** How a message's user data is encoded (3GPP TS 23.038 §4, character set bits of the DCS). */
public enum Alphabet {
    /** The GSM 7-bit default alphabet with its extension table (TS 23.038 §6.2.1); counted in septets. */
    GSM7,
    /** UCS-2, sent as UTF-16BE (TS 23.038 §6.2.3); counted in 16-bit units. */
    UCS2,
    /** 8-bit data or a caller-chosen data_coding; counted in octets. */
    BINARY
}
