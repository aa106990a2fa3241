package org.simfleet.smpp;

import java.util.Objects;

/**
 * The outcome of one part (one submit_sm) of a message.
 *
 * @param index the part's position, 0-based (the UDH sequence number minus one)
 * @param outcome what became of it
 * @param messageId the SMSC's message id from submit_sm_resp; null unless {@link Outcome#ACCEPTED}
 * @param commandStatus the submit_sm_resp command_status (SMPP 3.4 §5.1.3), or -1 when no response came or the part
 *     was never sent
 * @param detail a short human-readable reason, never null
 */
public record PartResult(int index, Outcome outcome, String messageId, int commandStatus, String detail) {

    /** command_status when there is no submit_sm_resp to take it from. */
    public static final int NO_STATUS = -1;

    public PartResult {
        if (index < 0) {
            throw new IllegalArgumentException("index must be at least 0: " + index);
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        if (outcome == Outcome.ACCEPTED && (messageId == null || messageId.isEmpty())) {
            throw new IllegalArgumentException("an accepted part needs its message id");
        }
    }
}
