package org.simfleet.app.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.simfleet.radius.AccountingHandler;
import org.simfleet.radius.AccountingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The accounting store behind the RADIUS accounting port: a request is queued, never written on the receive thread,
 * and its stage completes (so the Accounting-Response goes out) only once the request is committed (RFC 2866 §4.1).
 *
 * <p>Group commit: one writer thread takes whatever has queued up, applies it to the sessions in memory and writes it
 * in one transaction; while that commits, the next batch queues. The batch size adapts to the load by itself: one
 * request when idle, hundreds under load, so latency stays near one commit and throughput is bounded by the rows
 * the database writes per second, not by commits (an fdatasync costs 0.5 ms here, see
 * ../shared/bench/freeradius/results). Replies are completed on a thread of their own, so signing and sending
 * thousands of them does not hold up the next commit.
 *
 * <p>A failed commit fails its batch's stages (the gateways retransmit), the sessions it touched are read back from
 * the database, and the writer carries on. At shutdown nothing new is taken and what is queued is committed. Starts
 * before the RADIUS listener and stops after it.
 */
@Component
class GroupCommitAccounting implements AccountingHandler, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitAccounting.class);

    /**
     * At most 4,096 requests a transaction: at 50,000 requests/s and some 20-40 ms a commit cycle, a cycle gathers
     * 1,000-2,000, so the cap only bites after a stall (a checkpoint, a GC); it bounds the transaction (about 2 MB of
     * WAL) and what one failure sends back to the gateways to retransmit, and keeps the longest cycle well under the
     * 50 ms p99 aimed at and far under a gateway's 3-5 s retransmission timer.
     */
    static final int MAX_BATCH = 4096;

    /**
     * 65,536 queued requests, about a second at the rate aimed at and some 30 MB; beyond it a request is refused at
     * once (not acknowledged, so the gateway retransmits) rather than queued behind a database that has fallen behind.
     */
    private static final int QUEUE_CAPACITY = 1 << 16;

    private static final long SHUTDOWN_MILLIS = 30_000;

    /** A queued request and the stage its Accounting-Response waits for. */
    private record Pending(AccountingRecord record, CompletableFuture<Void> stored) {}

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final ConcurrentHashMap<InetAddress, String> addresses = new ConcurrentHashMap<>();
    private final SessionLedger ledger;
    private final SessionStore store;
    private final Clock clock;
    private final Counter committed;
    private final Counter refused;
    private final Counter failedBatches;
    private final DistributionSummary batchSizes;

    private volatile boolean accepting;
    private volatile boolean running;
    private Thread writer;
    private ExecutorService replies;

    GroupCommitAccounting(SessionStore store, Clock clock, MeterRegistry metrics) {
        this.store = store;
        this.ledger = new SessionLedger(store, new SubscriberDirectory(store));
        this.clock = clock;
        this.committed = metrics.counter("simfleet.accounting.committed");
        this.refused = metrics.counter("simfleet.accounting.refused");
        this.failedBatches = metrics.counter("simfleet.accounting.failed.batches");
        this.batchSizes = metrics.summary("simfleet.accounting.batch.size");
    }

    @Override
    public CompletionStage<Void> account(AccountingRequest request) {
        if (!accepting) {
            return CompletableFuture.failedFuture(new IllegalStateException("accounting store is not running"));
        }
        String gateway = addresses.computeIfAbsent(request.nas().address(), InetAddress::getHostAddress);
        AccountingRecord record = AccountingRecord.of(request, gateway, clock.instant());
        if (record == null) {
            return CompletableFuture.completedFuture(null); // nothing to record, so nothing to wait for
        }
        Pending pending = new Pending(record, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            refused.increment();
            return CompletableFuture.failedFuture(new IllegalStateException("accounting queue is full"));
        }
        return pending.stored();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        ledger.loadOpenSessions();
        log.info("Accounting store started with {} open sessions", ledger.size());
        replies = Executors.newSingleThreadExecutor(r -> daemon(r, "accounting-replies"));
        running = true;
        accepting = true;
        writer = daemon(this::drain, "accounting-writer");
        writer.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        accepting = false;
        running = false;
        try {
            writer.join(SHUTDOWN_MILLIS);
            replies.shutdown();
            replies.awaitTermination(SHUTDOWN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("accounting store stopped")));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the RADIUS listener (network.RadiusListener, MAX_VALUE - 1000) starts, after it stops. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }

    private void drain() {
        while (true) {
            Pending first;
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
            List<Pending> batch = new ArrayList<>(Math.min(MAX_BATCH, queue.size() + 1));
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
        }
    }

    private void commit(List<Pending> batch) {
        List<AccountingRecord> records = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            records.add(p.record());
        }
        BatchWrites writes = new BatchWrites();
        try {
            try {
                apply(records, false, writes);
                store.write(writes);
            } catch (DuplicateKeyException e) {
                // a Start of a session the database has and memory had not: read every unknown session, once more
                ledger.rolledBack(writes);
                writes = new BatchWrites();
                apply(records, true, writes);
                store.write(writes);
            }
        } catch (RuntimeException e) {
            ledger.rolledBack(writes);
            failedBatches.increment();
            log.warn("Accounting batch of {} requests not committed; the gateways will retransmit", batch.size(), e);
            replies.execute(() -> batch.forEach(p -> p.stored().completeExceptionally(e)));
            return;
        }
        ledger.committed(writes);
        committed.increment(batch.size());
        batchSizes.record(batch.size());
        replies.execute(() -> batch.forEach(p -> p.stored().complete(null)));
    }

    private void apply(List<AccountingRecord> records, boolean readStarts, BatchWrites out) {
        ledger.prepare(records, readStarts);
        for (AccountingRecord r : records) {
            ledger.apply(r, out);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
