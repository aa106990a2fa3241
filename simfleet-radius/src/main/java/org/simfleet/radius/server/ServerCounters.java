package org.simfleet.radius.server;

import java.util.concurrent.atomic.LongAdder;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.RadiusMetrics;

/** The server's counters: LongAdders, because every receive thread bumps them on every packet. */
final class ServerCounters implements RadiusMetrics {
    private final LongAdder received = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder duplicatesAnswered = new LongAdder();
    private final LongAdder handlerFailures = new LongAdder();
    private final LongAdder sendFailures = new LongAdder();
    private final LongAdder[] dropped = new LongAdder[DropReason.values().length];

    ServerCounters() {
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = new LongAdder();
        }
    }

    void countReceived() {
        received.increment();
    }

    void countDropped(DropReason reason) {
        dropped[reason.ordinal()].increment();
    }

    void countAccepted() {
        accepted.increment();
    }

    void countRejected() {
        rejected.increment();
    }

    void countAcknowledged() {
        acknowledged.increment();
    }

    void countDuplicateAnswered() {
        duplicatesAnswered.increment();
    }

    void countHandlerFailure() {
        handlerFailures.increment();
    }

    void countSendFailure() {
        sendFailures.increment();
    }

    @Override
    public long received() {
        return received.sum();
    }

    @Override
    public long accessAccepted() {
        return accepted.sum();
    }

    @Override
    public long accessRejected() {
        return rejected.sum();
    }

    @Override
    public long accountingAcknowledged() {
        return acknowledged.sum();
    }

    @Override
    public long duplicatesAnswered() {
        return duplicatesAnswered.sum();
    }

    @Override
    public long dropped(DropReason reason) {
        return dropped[reason.ordinal()].sum();
    }

    @Override
    public long dropped() {
        long total = 0;
        for (LongAdder adder : dropped) {
            total += adder.sum();
        }
        return total;
    }

    @Override
    public long handlerFailures() {
        return handlerFailures.sum();
    }

    @Override
    public long sendFailures() {
        return sendFailures.sum();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("received=").append(received());
        s.append(" accepted=").append(accessAccepted()).append(" rejected=").append(accessRejected());
        s.append(" acknowledged=").append(accountingAcknowledged());
        s.append(" duplicatesAnswered=").append(duplicatesAnswered());
        s.append(" handlerFailures=").append(handlerFailures());
        for (DropReason reason : DropReason.values()) {
            s.append(' ').append(reason).append('=').append(dropped(reason));
        }
        return s.toString();
    }
}
