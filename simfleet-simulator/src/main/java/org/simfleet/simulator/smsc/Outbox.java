package org.simfleet.simulator.smsc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.SMPPServerSession;

/**
 * deliver_sm waiting to go to the ESME: receipts and MO parts. {@code window} sender threads each send one and wait
 * for its deliver_sm_resp. Nothing is dropped: with no receiver bound an item is kept until the next bind; an error
 * answer sends it again after the redelivery delay; a missing answer keeps it for the next bind.
 */
final class Outbox {
    private final Sessions sessions;
    private final Duration redeliveryDelay;
    private final Duration deliverTimeout;
    private final DelayQueue<Scheduled> queue = new DelayQueue<>();
    private final List<Outgoing> parked = new ArrayList<>();
    private final List<Thread> senders = new ArrayList<>();
    private final java.util.Map<Thread, SMPPServerSession> sending = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean closed;

    final AtomicLong receiptsSent = new AtomicLong();
    final AtomicLong receiptsPending = new AtomicLong();
    final AtomicLong receiptsRefused = new AtomicLong();
    final AtomicLong moSent = new AtomicLong();
    final AtomicLong moPending = new AtomicLong();
    final AtomicLong unanswered = new AtomicLong();

    /** One deliver_sm to send. */
    record Outgoing(
            boolean receipt,
            String source,
            String destination,
            byte esmClass,
            byte dataCoding,
            byte[] shortMessage,
            OptionalParameter[] tlvs) {}

    private record Scheduled(Outgoing item, long dueNanos) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(dueNanos, ((Scheduled) o).dueNanos);
        }
    }

    Outbox(Sessions sessions, Duration redeliveryDelay, Duration deliverTimeout) {
        this.sessions = sessions;
        this.redeliveryDelay = redeliveryDelay;
        this.deliverTimeout = deliverTimeout;
    }

    void start(int window) {
        for (int i = 0; i < window; i++) {
            Thread t = new Thread(this::sendLoop, "smsc-deliver-" + i);
            t.setDaemon(true);
            t.start();
            senders.add(t);
        }
    }

    /** Queues {@code item} to go out after {@code delay}. */
    void add(Outgoing item, Duration delay) {
        (item.receipt() ? receiptsPending : moPending).incrementAndGet();
        queue.add(new Scheduled(item, System.nanoTime() + delay.toNanos()));
    }

    /** A receiver bound: what was kept for it goes now. */
    void receiverBound() {
        List<Outgoing> kept;
        synchronized (parked) {
            kept = new ArrayList<>(parked);
            parked.clear();
        }
        long now = System.nanoTime();
        for (Outgoing o : kept) {
            queue.add(new Scheduled(o, now));
        }
    }

    void close() {
        closed = true;
        senders.forEach(Thread::interrupt);
    }

    private void sendLoop() {
        while (!closed) {
            Outgoing item;
            try {
                item = queue.take().item();
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
                continue; // a late wake-up from sessionClosed
            }
            SMPPServerSession session = sessions.receiver();
            if (session == null) {
                park(item);
                continue;
            }
            send(session, item);
        }
    }

    private void park(Outgoing item) {
        synchronized (parked) {
            parked.add(item);
        }
        // A receiver may have bound between the look-up and the park: hand it over then.
        if (sessions.receiver() != null) {
            receiverBound();
        }
    }

    /**
     * {@code session} is gone. jSMPP 3.0.2 would let a deliver_sm on it wait out its whole transaction timer; the
     * senders waiting on it are woken so that their items are kept for the next bind at once.
     */
    void sessionClosed(SMPPServerSession session) {
        // computeIfPresent holds the entry while it interrupts: a sender that has finished with {@code session} and
        // moved on to the next bind is never woken by mistake (its next item would then be sent twice).
        for (Thread thread : sending.keySet()) {
            sending.computeIfPresent(thread, (t, s) -> {
                if (s == session) {
                    t.interrupt();
                }
                return s;
            });
        }
    }

    private void send(SMPPServerSession session, Outgoing item) {
        sending.put(Thread.currentThread(), session);
        try {
            session.setTransactionTimer(deliverTimeout.toMillis());
            session.deliverShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    item.source(),
                    item.destination().chars().allMatch(Character::isDigit)
                            ? TypeOfNumber.INTERNATIONAL
                            : TypeOfNumber.ALPHANUMERIC,
                    NumberingPlanIndicator.ISDN,
                    item.destination(),
                    new ESMClass(item.esmClass()),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    DataCodings.newInstance(item.dataCoding()),
                    item.shortMessage(),
                    item.tlvs());
            (item.receipt() ? receiptsPending : moPending).decrementAndGet();
            (item.receipt() ? receiptsSent : moSent).incrementAndGet();
        } catch (NegativeResponseException e) {
            if (item.receipt()) {
                receiptsRefused.incrementAndGet();
            }
            queue.add(new Scheduled(item, System.nanoTime() + redeliveryDelay.toNanos()));
        } catch (Exception e) {
            // No answer (timeout, connection lost): the ESME may not have it; keep it for the next bind.
            unanswered.incrementAndGet();
            park(item);
        } finally {
            sending.remove(Thread.currentThread());
            if (!closed) {
                Thread.interrupted();
            }
        }
    }
}
