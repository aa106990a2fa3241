package org.simfleet.app.sms;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/endpoints/{id}/sms}.
 *
 * @param payload the text, GSM 7-bit when it fits the alphabet, else UCS-2; split into concatenated parts when long
 * @param sourceAddress the sender shown on the device: digits or up to 11 letters; absent takes the SMSC settings'
 *     default source address
 * @param expiryDate when to give up delivering; absent is 24 hours after submission, at most 7 days
 */
record SmsRequest(String payload, String sourceAddress, Instant expiryDate) {}
