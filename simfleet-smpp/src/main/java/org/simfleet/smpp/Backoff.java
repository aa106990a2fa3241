package org.simfleet.smpp;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reconnect delays: doubling from the initial delay up to the maximum, each drawn at random from its upper half
 * ("equal jitter"), so that many clients cut off by the same SMSC restart do not reconnect in step.
 */
final class Backoff {
    private final long initialNanos;
    private final long maxNanos;
    private int failures;

    Backoff(Duration initial, Duration max) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
    }

    /** The wait before the next attempt after one more failure. */
    long nextDelayNanos() {
        long ceiling = initialNanos;
        for (int i = 0; i < failures && ceiling < maxNanos; i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxNanos);
        failures++;
        long half = ceiling / 2;
        return half + ThreadLocalRandom.current().nextLong(half + 1);
    }

    /** A bind succeeded: the next failure waits the initial delay again. */
    void reset() {
        failures = 0;
    }
}
