package org.simfleet.simulator.network;

import java.util.concurrent.locks.LockSupport;

/**
 * Caps the requests per second the simulated network sends to the platform (RADIUS and HLR together), so a demo
 * stays at a pace a person can follow and a shared platform is not flooded. 0 means no cap.
 */
public final class Pacer {

    private final double perSecond;
    private long next = System.nanoTime();

    public Pacer(double perSecond) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("--rate must be 0 (no cap) or positive, not " + perSecond);
        }
        this.perSecond = perSecond;
    }

    /** Waits until the next request may go. */
    synchronized void admit() {
        if (perSecond == 0) {
            return;
        }
        long now = System.nanoTime();
        long wait = next - now;
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        next = Math.max(next, now - 1_000_000_000L) + (long) (1e9 / perSecond);
    }
}
