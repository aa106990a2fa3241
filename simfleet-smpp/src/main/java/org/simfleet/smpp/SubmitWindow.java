package org.simfleet.smpp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jsmpp.SMPPConstant;

/**
 * The submit path: a bounded FIFO of parts waiting for a slot, at most {@code window} submit_sm awaiting their
 * submit_sm_resp, and the throughput cap. One dispatcher thread moves parts from the queue into the window; the bind
 * session's reader completes them. Nothing is ever resent here: a part leaves with exactly one outcome.
 */
final class SubmitWindow {
    private final int window;
    private final int queueCapacity;
    private final long responseTimeoutNanos;
    private final TokenBucket bucket;
    private final Counters counters;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Part> queue = new ArrayDeque<>();
    private final Map<Integer, InFlight> inFlight = new HashMap<>();
    private BindSession sink;
    private boolean closed;
    private Thread dispatcher;

    SubmitWindow(SmppConfig config, Counters counters) {
        this.window = config.window();
        this.queueCapacity = config.queueCapacity();
        this.responseTimeoutNanos = config.responseTimeout().toNanos();
        this.bucket = config.maxSubmitsPerSecond() == 0
                ? null
                : new TokenBucket(config.maxSubmitsPerSecond(), System::nanoTime);
        this.counters = counters;
    }

    void start(String name) {
        dispatcher = new Thread(this::dispatch, name);
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** Queues every part of {@code job}, or none: a message is never half queued. */
    void offer(SubmitJob job) {
        String refusal;
        lock.lock();
        try {
            refusal = closed ? "client closed" : sink == null ? "not bound" : null;
            // Room is the window plus the queue, however far the dispatcher has got with moving parts over.
            if (refusal == null && inFlight.size() + queue.size() + job.parts() > window + queueCapacity) {
                refusal = "local queue full (" + queueCapacity + " parts waiting)";
            }
            if (refusal == null) {
                for (int i = 0; i < job.parts(); i++) {
                    queue.add(new Part(job, i));
                }
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        if (refusal != null) {
            job.completeRest(Outcome.RETRY, refusal);
        }
    }

    /** Submits may flow through {@code session} now. */
    void bound(BindSession session) {
        lock.lock();
        try {
            sink = session;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code session} is gone: what it had in flight may have reached the SMSC (UNKNOWN); what waited in the queue
     * certainly did not (RETRY).
     */
    void lost(BindSession session, String reason) {
        ArrayDeque<Part> waiting;
        Map<Integer, InFlight> sent = new HashMap<>();
        lock.lock();
        try {
            if (sink == session) {
                sink = null;
            }
            for (Iterator<Map.Entry<Integer, InFlight>> it = inFlight.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Integer, InFlight> e = it.next();
                if (e.getValue().session == session) {
                    sent.put(e.getKey(), e.getValue());
                    it.remove();
                }
            }
            waiting = sink == null ? new ArrayDeque<>(queue) : new ArrayDeque<>();
            if (sink == null) {
                queue.clear();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (InFlight f : sent.values()) {
            f.part.job.complete(
                    f.part.slot,
                    Outcome.UNKNOWN,
                    null,
                    PartResult.NO_STATUS,
                    "sent, no submit_sm_resp before the bind was lost: " + reason);
        }
        for (Part p : waiting) {
            p.job.complete(p.slot, Outcome.RETRY, null, PartResult.NO_STATUS, "not sent, bind lost: " + reason);
        }
    }

    /** A submit_sm_resp (or a generic_nack) for {@code sequence} came on {@code session}. */
    void responded(BindSession session, int sequence, int status, String messageId) {
        InFlight f;
        lock.lock();
        try {
            f = inFlight.get(sequence);
            if (f == null || f.session != session) {
                return;
            }
            inFlight.remove(sequence);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        SubmitJob job = f.part.job;
        int slot = f.part.slot;
        if (status == SMPPConstant.STAT_ESME_ROK) {
            if (messageId == null || messageId.isEmpty()) {
                job.complete(slot, Outcome.UNKNOWN, null, status, "accepted without a readable message id");
            } else {
                job.complete(slot, Outcome.ACCEPTED, messageId, status, "accepted");
            }
        } else {
            Outcome outcome = SubmitStatus.outcome(status);
            job.complete(slot, outcome, null, status, SubmitStatus.describe(status));
        }
    }

    /** Completes UNKNOWN what has waited for its response longer than the response timeout. */
    void expire(long nowNanos) {
        Map<Integer, InFlight> late = new HashMap<>();
        lock.lock();
        try {
            for (Iterator<Map.Entry<Integer, InFlight>> it = inFlight.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Integer, InFlight> e = it.next();
                if (nowNanos - e.getValue().sentAtNanos > responseTimeoutNanos) {
                    late.put(e.getKey(), e.getValue());
                    it.remove();
                }
            }
            if (!late.isEmpty()) {
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        for (InFlight f : late.values()) {
            f.part.job.complete(
                    f.part.slot,
                    Outcome.UNKNOWN,
                    null,
                    PartResult.NO_STATUS,
                    "no submit_sm_resp within "
                            + Duration.ofNanos(responseTimeoutNanos).toMillis() + " ms");
        }
    }

    /** Completes UNKNOWN everything still awaiting a response, on any session (the client is closing). */
    void abandon(String reason) {
        Map<Integer, InFlight> all;
        lock.lock();
        try {
            all = new HashMap<>(inFlight);
            inFlight.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (InFlight f : all.values()) {
            f.part.job.complete(f.part.slot, Outcome.UNKNOWN, null, PartResult.NO_STATUS, reason);
        }
    }

    /** Waits until nothing awaits a response (for a clean unbind), at most {@code nanos}; answers whether so. */
    boolean awaitIdle(long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (!inFlight.isEmpty() && left > 0) {
                left = changed.awaitNanos(left);
            }
            return inFlight.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Stops taking parts; those still queued complete RETRY. Parts in flight keep their chance to be answered. */
    void close() {
        ArrayDeque<Part> waiting;
        lock.lock();
        try {
            closed = true;
            waiting = new ArrayDeque<>(queue);
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (Part p : waiting) {
            p.job.complete(p.slot, Outcome.RETRY, null, PartResult.NO_STATUS, "not sent, client closed");
        }
    }

    int inFlight() {
        lock.lock();
        try {
            return inFlight.size();
        } finally {
            lock.unlock();
        }
    }

    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private void dispatch() {
        while (true) {
            Part part;
            BindSession session;
            int sequence;
            lock.lock();
            try {
                while (!closed && (queue.isEmpty() || sink == null || inFlight.size() >= window)) {
                    changed.await();
                }
                if (closed) {
                    return;
                }
                if (bucket != null) {
                    long wait = bucket.tryTake();
                    if (wait > 0) {
                        changed.awaitNanos(wait);
                        continue;
                    }
                }
                part = queue.poll();
                session = sink;
                sequence = session.nextSequence();
                inFlight.put(sequence, new InFlight(part, session, System.nanoTime()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
            byte[] pdu = part.job.pdus[part.slot].clone();
            SubmitPdu.setSequence(pdu, sequence);
            try {
                session.write(pdu);
            } catch (IOException e) {
                // A failed write may have put some octets on the wire: the SMSC could still have the PDU.
                session.fail("write failed: " + e.getMessage());
            }
        }
    }

    /** The {@code slot}th submit_sm of {@code job}. */
    private record Part(SubmitJob job, int slot) {}

    private record InFlight(Part part, BindSession session, long sentAtNanos) {}
}
