package org.simfleet.smpp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the parts of concatenated MO messages (TS 23.040 §9.2.3.24.1 and .8, or SMPP's SAR TLVs), bounded in
 * memory (at most {@code maxMessages} incomplete messages, the oldest dropped first) and in time (an incomplete
 * message is dropped after {@code timeoutNanos}). Parts are answered only when their message has been handed over
 * whole; dropped parts are answered ESME_RX_T_APPN so that the SMSC delivers them again rather than losing them.
 */
final class MoAssembler {
    private final int maxMessages;
    private final long timeoutNanos;
    private final Map<Key, Pending> pending = new LinkedHashMap<>();

    MoAssembler(int maxMessages, long timeoutNanos) {
        this.maxMessages = maxMessages;
        this.timeoutNanos = timeoutNanos;
    }

    /** Parts belong together when sender, recipient, reference and part count agree (TS 23.040 §9.2.3.24.1). */
    record Key(String source, String destination, int reference, int total) {}

    /** One part as received. */
    record Part(int sequence, byte[] userData, byte dataCoding, Deliveries.Responder responder) {}

    /**
     * A message whose parts have all arrived, in order; {@code superseded} answers the earlier copies of parts the
     * SMSC sent twice.
     */
    record Complete(Key key, List<Part> parts, List<Deliveries.Responder> superseded) {}

    private static final class Pending {
        final Part[] parts;
        final List<Deliveries.Responder> superseded = new ArrayList<>();
        final long startedNanos;
        int received;

        Pending(int total, long startedNanos) {
            this.parts = new Part[total];
            this.startedNanos = startedNanos;
        }

        List<Deliveries.Responder> responders() {
            List<Deliveries.Responder> all = new ArrayList<>(superseded);
            for (Part p : parts) {
                if (p != null) {
                    all.add(p.responder());
                }
            }
            return all;
        }
    }

    /**
     * Adds a part. Answers the message when this part completed it, else null. {@code dropped} receives the
     * responders of messages evicted to make room.
     */
    synchronized Complete add(Key key, Part part, long nowNanos, List<Deliveries.Responder> dropped) {
        Pending p = pending.get(key);
        if (p == null) {
            while (pending.size() >= maxMessages) {
                Iterator<Pending> oldest = pending.values().iterator();
                dropped.addAll(oldest.next().responders());
                oldest.remove();
            }
            p = new Pending(key.total(), nowNanos);
            pending.put(key, p);
        }
        int slot = part.sequence() - 1;
        if (p.parts[slot] == null) {
            p.received++;
        } else {
            // The SMSC sent this part again (it gave up waiting for our answer): answer both copies together.
            p.superseded.add(p.parts[slot].responder());
        }
        p.parts[slot] = part;
        if (p.received < key.total()) {
            return null;
        }
        pending.remove(key);
        return new Complete(key, List.of(p.parts), List.copyOf(p.superseded));
    }

    /** Removes the messages older than the timeout; answers their parts' responders. */
    synchronized List<Deliveries.Responder> expire(long nowNanos) {
        List<Deliveries.Responder> expired = new ArrayList<>();
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (nowNanos - p.startedNanos <= timeoutNanos) {
                break; // insertion order is age order
            }
            expired.addAll(p.responders());
            it.remove();
        }
        return expired;
    }

    synchronized int incomplete() {
        return pending.size();
    }
}
