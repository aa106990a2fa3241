package org.simfleet.smpp;

import java.util.function.LongSupplier;

/**
 * The submit_sm/s cap: a token bucket refilled at {@code rate} per second. It holds at most {@code rate / 50}
 * tokens (20 ms of traffic, at least one), so a burst after a pause stays short: any one-second window carries at
 * most the rate plus 2 %, within what SMSCs that count per second let pass. Not thread-safe: the dispatcher alone
 * uses it.
 */
final class TokenBucket {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long nanosPerToken;
    private final long capacityNanos;
    private final LongSupplier clock;
    /** The moment the bucket is empty at; tokens are the time since then, capped at the capacity. */
    private long emptyAt;

    TokenBucket(int rate, LongSupplier clock) {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1: " + rate);
        }
        this.nanosPerToken = NANOS_PER_SECOND / rate;
        this.capacityNanos = Math.max(1, rate / 50) * nanosPerToken;
        this.clock = clock;
        this.emptyAt = clock.getAsLong() - nanosPerToken;
    }

    /** Takes a token and answers 0, or answers how many nanoseconds until one is there (taking nothing). */
    long tryTake() {
        long now = clock.getAsLong();
        if (now - emptyAt > capacityNanos) {
            emptyAt = now - capacityNanos;
        }
        if (now - emptyAt >= nanosPerToken) {
            emptyAt += nanosPerToken;
            return 0;
        }
        return nanosPerToken - (now - emptyAt);
    }
}
