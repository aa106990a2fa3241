package org.simfleet.simulator.smsc;

import java.util.concurrent.atomic.AtomicInteger;

/** The faults switched on by a test; read on every submit and bind. */
final class Faults {
    volatile long slowResponseMillis;
    final AtomicInteger throttleNext = new AtomicInteger();
    volatile int throttleAbovePerSecond;
    volatile long refuseBindsUntilNanos = System.nanoTime();
    volatile int refuseBindsStatus = 0x0D; // ESME_RBINDFAIL
    private long second = -1;
    private int inSecond;

    /** Whether this submit is to be answered ESME_RTHROTTLED. */
    boolean throttle(long nowNanos) {
        if (throttleNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return true;
        }
        int limit = throttleAbovePerSecond;
        if (limit <= 0) {
            return false;
        }
        synchronized (this) {
            long s = nowNanos / 1_000_000_000L;
            if (s != second) {
                second = s;
                inSecond = 0;
            }
            return ++inSecond > limit;
        }
    }

    /** A new rate limit counts from a fresh second. */
    synchronized void throttleAbove(int perSecond) {
        throttleAbovePerSecond = perSecond;
        second = -1;
    }

    boolean refusingBinds(long nowNanos) {
        return nowNanos - refuseBindsUntilNanos < 0;
    }

    void clear() {
        slowResponseMillis = 0;
        throttleNext.set(0);
        throttleAbovePerSecond = 0;
        refuseBindsUntilNanos = System.nanoTime();
    }
}
