package org.simfleet.app.sms;

import java.time.Instant;
import java.util.List;
import org.simfleet.smpp.OutboundSms;

/**
 * An MT a sender claimed: committed as CLAIMED before anything was sent.
 *
 * @param acceptedParts the part indexes the SMSC took on an earlier attempt (only those missing are sent again)
 * @param concatRef the concatenation reference of the earlier attempt, null on the first
 */
record Claimed(
        long id,
        long orgId,
        long endpointId,
        Long simId,
        String iccid,
        String source,
        String destination,
        SmsBody body,
        int parts,
        Instant expiry,
        int attempts,
        Integer concatRef,
        List<Integer> acceptedParts) {

    OutboundSms outbound() {
        return new OutboundSms(destination, source, body.content(), expiry, null);
    }

    /** The parts still to send, or null for all of them (a first attempt). */
    List<Integer> missingParts() {
        if (acceptedParts.isEmpty() || concatRef == null) {
            return null;
        }
        return java.util.stream.IntStream.range(0, parts)
                .filter(i -> !acceptedParts.contains(i))
                .boxed()
                .toList();
    }

    Claimed withAccepted(List<Integer> accepted) {
        return new Claimed(
                id,
                orgId,
                endpointId,
                simId,
                iccid,
                source,
                destination,
                body,
                parts,
                expiry,
                attempts,
                concatRef,
                accepted);
    }
}
