package org.simfleet.app.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.InboundSms;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.PartResult;
import org.simfleet.smpp.SubmitResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of everything the SMPP client reports, as session.GroupCommitAccounting does for RADIUS accounting:
 * the client's threads queue their reports and two threads write whatever has queued up, each in one transaction of
 * JDBC batches. One writes submit outcomes; the other receipts and MO messages, which the SMSC is waiting for (its
 * deliver window is held until we answer), so they never wait behind a batch of outcomes. A receipt or MO is
 * acknowledged to the SMSC (deliver_sm_resp) only after its transaction committed, so the SMSC redelivers what a
 * crash lost; a failed batch fails them (the SMSC redelivers) and keeps the outcomes for the next try, because an
 * outcome cannot be asked for again.
 *
 * <p>A receipt for a message id whose outcome is queued but not committed waits for that commit before it is
 * written, so it finds its message. (One that overtakes its submit_sm_resp altogether is kept and matched when the
 * outcome is written, or by the sweeper.)
 *
 * <p>The queues need no bound of their own: outcomes are bounded by the sender's in-flight limit, receipts and MO by
 * the SMSC's deliver window (it sends no more before we answer).
 */
@Component
class SmsWriter implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 3000;
    private static final Logger log = LoggerFactory.getLogger(SmsWriter.class);
    private static final int MAX_BATCH = 2048;

    sealed interface Work {}

    record OutcomeWork(Claimed sms, SubmitResult result) implements Work {}

    record ReceiptWork(DeliveryReceipt receipt, CompletableFuture<Void> done) implements Work {}

    record MoWork(InboundSms message, CompletableFuture<Void> done) implements Work {}

    /** One queue and the thread that writes it. */
    private final class Lane {
        final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
        final String name;
        Thread thread;

        Lane(String name) {
            this.name = name;
        }

        void start() {
            thread = daemon(this::drain, name);
            thread.start();
        }

        private void drain() {
            while (true) {
                Work first;
                try {
                    first = queue.poll(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    first = null;
                }
                if (first == null) {
                    if (!running) {
                        return;
                    }
                    continue;
                }
                List<Work> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch, this);
            }
        }
    }

    private final Lane submits = new Lane("sms-writer");
    /**
     * Receipts and MO by handset: the parts of one message, and a receipt and the message it may adopt, are one
     * handset's and so written in order by one lane. Two lanes let one commit while the other collects: the SMSC
     * keeps only its deliver window in flight, so a lone lane spends most of its time waiting for the disk.
     */
    private final Lane[] deliveries = {new Lane("sms-receipt-writer-0"), new Lane("sms-receipt-writer-1")};
    /** Message ids of accepted parts whose outcome is queued and not committed yet, completed at its commit. */
    private final Map<String, CompletableFuture<Void>> uncommitted = new ConcurrentHashMap<>();

    private final OutcomeLedger outcomes;
    private final ReceiptLedger receipts;
    private final MoLedger mo;
    private final SmsJournal journal;
    private final TransactionTemplate tx;
    private final CustomPlans plans;
    private final Clock clock;
    private final List<java.util.function.IntConsumer> afterOutcomes =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile boolean accepting;
    private ExecutorService replies;

    SmsWriter(
            OutcomeLedger outcomes,
            ReceiptLedger receipts,
            MoLedger mo,
            SmsJournal journal,
            TransactionTemplate tx,
            CustomPlans plans,
            Clock clock) {
        this.outcomes = outcomes;
        this.receipts = receipts;
        this.mo = mo;
        this.journal = journal;
        this.tx = tx;
        this.plans = plans;
        this.clock = clock;
    }

    /** Called (with the count written) after outcomes were committed: the sender frees their in-flight slots. */
    void afterOutcomes(java.util.function.IntConsumer action) {
        afterOutcomes.add(action);
    }

    void outcome(Claimed sms, SubmitResult result) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        for (PartResult p : result.parts()) {
            if (p.outcome() == Outcome.ACCEPTED && p.messageId() != null) {
                uncommitted.put(p.messageId(), committed);
            }
        }
        submits.queue.add(new OutcomeWork(sms, result));
    }

    CompletionStage<Void> receipt(DeliveryReceipt receipt) {
        ReceiptWork w = new ReceiptWork(receipt, new CompletableFuture<>());
        if (!accepting) {
            return refuse(w.done());
        }
        CompletableFuture<Void> outcome = receipt.messageId() == null ? null : uncommitted.get(receipt.messageId());
        if (outcome == null) {
            lane(receipt.handset()).queue.add(w);
        } else {
            outcome.thenRun(() -> lane(receipt.handset()).queue.add(w));
        }
        return w.done();
    }

    CompletionStage<Void> mo(InboundSms message) {
        MoWork w = new MoWork(message, new CompletableFuture<>());
        if (!accepting) {
            return refuse(w.done());
        }
        lane(message.source()).queue.add(w);
        return w.done();
    }

    private Lane lane(String handset) {
        return deliveries[handset == null ? 0 : Math.floorMod(handset.hashCode(), deliveries.length)];
    }

    private static CompletionStage<Void> refuse(CompletableFuture<Void> done) {
        done.completeExceptionally(new IllegalStateException("SMS writer is not running"));
        return done;
    }

    int queued() {
        int n = submits.queue.size();
        for (Lane l : deliveries) {
            n += l.queue.size();
        }
        return n;
    }

    @Override
    public synchronized void start() {
        replies = Executors.newSingleThreadExecutor(r -> daemon(r, "sms-replies"));
        running = true;
        accepting = true;
        submits.start();
        for (Lane l : deliveries) {
            l.start();
        }
    }

    @Override
    public synchronized void stop() {
        accepting = false;
        running = false;
        try {
            submits.thread.join(30_000);
            for (Lane l : deliveries) {
                l.thread.join(30_000);
            }
            replies.shutdown();
            replies.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void commit(List<Work> batch, Lane lane) {
        List<OutcomeWork> out = new ArrayList<>();
        List<ReceiptWork> rec = new ArrayList<>();
        List<MoWork> inbound = new ArrayList<>();
        for (Work w : batch) {
            if (w instanceof OutcomeWork o) {
                out.add(o);
            } else if (w instanceof ReceiptWork r) {
                rec.add(r);
            } else {
                inbound.add((MoWork) w);
            }
        }
        Instant now = clock.instant();
        SmsJournal.Entries entries = new SmsJournal.Entries();
        try {
            tx.executeWithoutResult(status -> {
                if (!out.isEmpty() || !inbound.isEmpty()) {
                    plans.forThisTransaction(); // receipts ask for it only when they must look their parts up
                }
                outcomes.apply(out, now, entries);
                receipts.apply(rec.stream().map(ReceiptWork::receipt).toList(), now, entries);
                mo.apply(inbound.stream().map(MoWork::message).toList(), now, entries);
                journal.write(entries, now);
            });
        } catch (RuntimeException e) {
            log.warn("SMS batch of {} not committed; receipts and MO will be redelivered", batch.size(), e);
            replies.execute(() -> {
                rec.forEach(r -> r.done().completeExceptionally(e));
                inbound.forEach(m -> m.done().completeExceptionally(e));
            });
            // an outcome cannot be asked for again: keep it for the next batch
            lane.queue.addAll(out);
            pause();
            return;
        }
        journal.committed(entries);
        for (OutcomeWork o : out) {
            for (PartResult p : o.result().parts()) {
                if (p.outcome() == Outcome.ACCEPTED && p.messageId() != null) {
                    receipts.recorded(o.sms(), p.messageId());
                }
                CompletableFuture<Void> waiting = p.messageId() == null ? null : uncommitted.remove(p.messageId());
                if (waiting != null) {
                    waiting.complete(null); // its receipt, if it came already, goes to the receipt writer now
                }
            }
        }
        replies.execute(() -> {
            rec.forEach(r -> r.done().complete(null));
            inbound.forEach(m -> m.done().complete(null));
        });
        if (!out.isEmpty()) {
            afterOutcomes.forEach(a -> a.accept(out.size()));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500); // a failing database: do not spin on it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
