package org.simfleet.app.sms;

import java.time.Instant;

/**
 * One SMS as the API shows it, the columns of the seeds' Connectivity tab: direction, from, to, when it was
 * submitted to the platform, sent to the SMSC and delivered.
 *
 * @param direction {@code MT} (to the device) or {@code MO} (from it)
 * @param submitDate when the platform accepted it (MT) or received it (MO)
 * @param sentDate when the SMSC accepted every part; null before
 * @param deliveryDate when the handset took it, or when it failed or expired
 * @param parts how many SMS (concatenated parts) it takes
 * @param encoding TEXT, or BINARY when {@code payload} is hexadecimal octets sent with {@code dataCoding} and
 *     {@code udh}
 */
public record SmsMessage(
        long id,
        long endpointId,
        String iccid,
        String direction,
        String status,
        String sourceAddress,
        String destinationAddress,
        String payload,
        String encoding,
        Integer dataCoding,
        String udh,
        int parts,
        Instant submitDate,
        Instant sentDate,
        Instant deliveryDate,
        Instant expiryDate,
        String failureReason) {}
