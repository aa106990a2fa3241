package org.simfleet.smpp;

import java.util.concurrent.atomic.LongAdder;

/** The client's counters; {@link #snapshot} reads them together with the window's gauges. */
final class Counters {
    final LongAdder submits = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder retry = new LongAdder();
    final LongAdder unknown = new LongAdder();
    final LongAdder receipts = new LongAdder();
    final LongAdder mo = new LongAdder();
    final LongAdder binds = new LongAdder();
    final LongAdder reconnects = new LongAdder();
    final LongAdder malformed = new LongAdder();
    final LongAdder deliverErrors = new LongAdder();
    final LongAdder moRedelivered = new LongAdder();

    void count(Outcome outcome) {
        switch (outcome) {
            case ACCEPTED -> accepted.increment();
            case REJECTED -> rejected.increment();
            case RETRY -> retry.increment();
            case UNKNOWN -> unknown.increment();
        }
    }

    SmppClientStats snapshot(int windowInUse, int queued) {
        return new SmppClientStats(
                submits.sum(),
                accepted.sum(),
                rejected.sum(),
                retry.sum(),
                unknown.sum(),
                receipts.sum(),
                mo.sum(),
                binds.sum(),
                reconnects.sum(),
                windowInUse,
                queued,
                malformed.sum(),
                deliverErrors.sum(),
                moRedelivered.sum());
    }
}
