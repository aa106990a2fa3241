package org.simfleet.simulator.smsc;

import java.time.Instant;

/**
 * One accepted submit_sm as the simulated network sees it.
 *
 * @param reference, total, sequence the part's place in a concatenated message (0, 1, 1 when it stands alone)
 */
record Submitted(
        String messageId,
        String source,
        String destination,
        byte dataCoding,
        byte[] userData,
        int reference,
        int total,
        int sequence,
        String textHead,
        boolean receiptOnSuccess,
        boolean receiptOnFailure,
        Instant submittedAt,
        Instant expiresAt,
        Delivery delivery) {}
