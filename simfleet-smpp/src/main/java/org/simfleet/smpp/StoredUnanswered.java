package org.simfleet.smpp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Recognises the SMSC's second copy of an MO part that the application stored after its connection fell. The SMSC
 * did not hear ESME_ROK for it, so it delivers it again after the next bind (SMPP 3.4 §4.6.2: an unanswered
 * deliver_sm is the SMSC's to retry), possibly while the first copy is still being stored. A copy that matches an
 * earlier part still being stored waits for it: it is only answered if the earlier one was stored and its answer could
 * not go out, and handed over as a message of its own otherwise (a device may well send the same text twice).
 *
 * <p>Only parts whose answer certainly did not go out count: one answered just before the connection fell may or may
 * not have reached the SMSC, and taking its copy for a redelivery could lose a real message.
 */
final class StoredUnanswered {

    /**
     * Parts remembered at once: those being stored (bounded by the SMSC's deliver window) and those stored whose answer
     * did not go out (a window's worth per connection lost). Beyond it the oldest are forgotten, which costs at worst a
     * duplicate, never a loss.
     */
    static final int MAX_PARTS = 4_096;

    /** SMSCs deliver again within minutes of the next bind; after an hour a copy is taken for a new message. */
    static final long KEEP_NANOS = TimeUnit.HOURS.toNanos(1);

    /**
     * One MO part as read from its deliver_sm; its addresses, its place in its message and its bytes identify it.
     *
     * @param reference the concatenation reference, -1 for a message of one part
     */
    record Part(
            String source,
            String destination,
            byte dataCoding,
            int reference,
            int total,
            int sequence,
            byte[] userData) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Part p
                    && dataCoding == p.dataCoding
                    && reference == p.reference
                    && total == p.total
                    && sequence == p.sequence
                    && source.equals(p.source)
                    && destination.equals(p.destination)
                    && Arrays.equals(userData, p.userData);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * source.hashCode() + destination.hashCode() + reference * 7 + sequence)
                    + Arrays.hashCode(userData);
        }

        @Override
        public String toString() {
            return "Part[" + source + "->" + destination + " ref=" + reference + " seq=" + sequence + "]";
        }
    }

    /** One arrival of a part: whether it ended stored-but-unanswered, once its answer was attempted. */
    final class Arrival {
        private final Part part;
        private final long sinceNanos;
        private final CompletableFuture<Boolean> unanswered = new CompletableFuture<>();
        private boolean claimed;

        private Arrival(Part part, long sinceNanos) {
            this.part = part;
            this.sinceNanos = sinceNanos;
        }

        /** Its answer was attempted: {@code status} sent or not ({@code sent}). */
        void answered(int status, boolean sent) {
            boolean lost = status == org.jsmpp.SMPPConstant.STAT_ESME_ROK && !sent;
            if (!lost) {
                forget(this);
            }
            unanswered.complete(lost);
        }
    }

    private final Map<Part, Deque<Arrival>> arrivals = new LinkedHashMap<>();
    private int size;

    /**
     * Registers a part just received. A new part goes to {@code handle} at once, with the arrival its responder tells
     * of its answer ({@link Arrival#answered}); a copy of one still being stored waits for that answer first.
     *
     * @return completes true when the part is the redelivery of a stored one (answer it ESME_ROK and nothing more),
     *     false once it was handed to {@code handle}
     */
    CompletionStage<Boolean> arrived(Part part, long nowNanos, java.util.function.Consumer<Arrival> handle) {
        Arrival earlier;
        Arrival mine = null;
        synchronized (this) {
            forgetOlderThan(nowNanos - KEEP_NANOS);
            earlier = unclaimed(part);
            if (earlier != null) {
                earlier.claimed = true;
            } else {
                mine = new Arrival(part, nowNanos);
                arrivals.computeIfAbsent(part, p -> new ArrayDeque<>()).add(mine);
                size++;
                trim();
            }
        }
        if (mine != null) {
            handle.accept(mine);
            return CompletableFuture.completedFuture(false);
        }
        Arrival matched = earlier;
        return matched.unanswered.thenCompose(lost -> {
            if (lost) {
                forget(matched);
                return CompletableFuture.completedFuture(true);
            }
            // the earlier copy was answered (or failed): this one is a message of its own
            return arrived(part, System.nanoTime(), handle);
        });
    }

    private Arrival unclaimed(Part part) {
        Deque<Arrival> same = arrivals.get(part);
        if (same == null) {
            return null;
        }
        for (Arrival a : same) {
            if (!a.claimed) {
                return a;
            }
        }
        return null;
    }

    private synchronized void forget(Arrival a) {
        Deque<Arrival> same = arrivals.get(a.part);
        if (same != null && same.remove(a)) {
            size--;
            if (same.isEmpty()) {
                arrivals.remove(a.part);
            }
        }
    }

    private void trim() {
        Iterator<Deque<Arrival>> oldest = arrivals.values().iterator();
        while (size > MAX_PARTS && oldest.hasNext()) {
            size -= oldest.next().size();
            oldest.remove();
        }
    }

    /** Its answer to the SMSC's copy did not go out either: the SMSC will send it once more. */
    synchronized void stillUnanswered(Part part, long nowNanos) {
        Arrival a = new Arrival(part, nowNanos);
        a.unanswered.complete(true);
        arrivals.computeIfAbsent(part, p -> new ArrayDeque<>()).add(a);
        size++;
        trim();
    }

    /** Parts stored an hour ago whose copy never came; the map is in first-arrival order, so the scan stops early. */
    private void forgetOlderThan(long limitNanos) {
        Iterator<Deque<Arrival>> it = arrivals.values().iterator();
        while (it.hasNext()) {
            Deque<Arrival> same = it.next();
            if (same.peekFirst().sinceNanos - limitNanos >= 0) {
                return;
            }
            int before = same.size();
            same.removeIf(a -> a.sinceNanos - limitNanos < 0 && !a.claimed && a.unanswered.getNow(false));
            size -= before - same.size();
            if (same.isEmpty()) {
                it.remove();
            }
        }
    }
}
