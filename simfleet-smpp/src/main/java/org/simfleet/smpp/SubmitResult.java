package org.simfleet.smpp;

import java.util.List;
import java.util.Objects;

/**
 * What became of every part of one {@link OutboundSms}, in part order.
 *
 * @param parts one result per submit_sm sent (or refused), never empty; after {@link SmppClient#resubmit} only the
 *     parts asked for
 * @param concatenationReference the reference in the parts' concatenation headers (0 for a single part): keep it to
 *     resend parts with {@link SmppClient#resubmit}, so that the handset joins them with the parts already taken
 */
public record SubmitResult(List<PartResult> parts, int concatenationReference) {

    public SubmitResult {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a result has at least one part");
        }
        if (concatenationReference < 0 || concatenationReference > 0xFF) {
            throw new IllegalArgumentException("concatenationReference must be 0..255: " + concatenationReference);
        }
    }

    /** A result whose message needs no concatenation reference. */
    public SubmitResult(List<PartResult> parts) {
        this(parts, 0);
    }

    /** The indexes of the parts with {@code outcome}, e.g. the {@link Outcome#RETRY} ones to resubmit. */
    public List<Integer> partsWith(Outcome outcome) {
        return parts.stream()
                .filter(p -> p.outcome() == outcome)
                .map(PartResult::index)
                .toList();
    }

    /** True when every part was accepted by the SMSC. */
    public boolean accepted() {
        return parts.stream().allMatch(p -> p.outcome() == Outcome.ACCEPTED);
    }

    /**
     * The message's overall outcome, the gravest of its parts': {@link Outcome#REJECTED} (the message cannot be
     * delivered whole), then {@link Outcome#UNKNOWN} (a resend might duplicate), then {@link Outcome#RETRY}, then
     * {@link Outcome#ACCEPTED}.
     */
    public Outcome outcome() {
        Outcome worst = Outcome.ACCEPTED;
        for (PartResult part : parts) {
            worst = graver(worst, part.outcome());
        }
        return worst;
    }

    /** The SMSC's message ids of the accepted parts, in part order. */
    public List<String> messageIds() {
        return parts.stream()
                .filter(p -> p.outcome() == Outcome.ACCEPTED)
                .map(PartResult::messageId)
                .toList();
    }

    private static Outcome graver(Outcome a, Outcome b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> 0;
            case RETRY -> 1;
            case UNKNOWN -> 2;
            case REJECTED -> 3;
        };
    }
}
