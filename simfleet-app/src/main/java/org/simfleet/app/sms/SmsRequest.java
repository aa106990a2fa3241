package org.simfleet.app.sms;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/endpoints/{id}/sms}.
 *
 * @param payload the text, GSM 7-bit when it fits the alphabet, else UCS-2; split into concatenated parts when long.
 *     With {@code encoding} BINARY: the octets of a device command, in hexadecimal
 * @param sourceAddress the sender shown on the device: digits or up to 11 letters; absent takes the SMSC settings'
 *     default source address
 * @param expiryDate when to give up delivering; absent is 24 hours after submission, at most 7 days
 * @param encoding TEXT (the default) or BINARY
 * @param dataCoding BINARY only: the SMPP data_coding, 0 to 255; absent is 4 (8-bit data), 0xF5 is the TS 23.038
 *     class-1 8-bit coding many devices expect for commands
 * @param udh BINARY only: the user data header in hexadecimal, its length octet first (e.g. {@code 0605040B8423F0}
 *     for an application port); long payloads get the concatenation element added to it
 */
public record SmsRequest(
        String payload, String sourceAddress, Instant expiryDate, String encoding, Integer dataCoding, String udh) {

    /** A text message, as most callers send. */
    public SmsRequest(String payload, String sourceAddress, Instant expiryDate) {
        this(payload, sourceAddress, expiryDate, null, null, null);
    }
}
