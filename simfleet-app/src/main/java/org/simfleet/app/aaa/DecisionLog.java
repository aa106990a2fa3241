package org.simfleet.app.aaa;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands decision events from the RADIUS threads to one writer thread through a bounded queue. A RADIUS thread never
 * waits: when the queue is full the event is dropped, counted ({@code simfleet_aaa_events_dropped_total}) and
 * reported in the log at most every 10 seconds. The writer takes whatever has queued up, up to {@link
 * EventRows#MAX_ROWS}, and writes it as one statement; on shutdown (after the RADIUS listener has stopped) it writes
 * what is left before the database goes away.
 */
@Component
class DecisionLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);
    private static final long DROP_REPORT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long STOP_WAIT_MILLIS = 30_000;

    private final BlockingQueue<DecisionEvent> queue;
    private final ToIntFunction<List<DecisionEvent>> writer;
    private final DecisionMetrics metrics;
    private final AtomicLong unreported = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime() - DROP_REPORT_NANOS);
    private volatile boolean stopping;
    private volatile Thread thread;

    /**
     * @param capacity events queued at most: 100,000 (the default) is five seconds at 20,000 decisions/s, some 10 MB
     */
    @Autowired
    DecisionLog(EventRows rows, DecisionMetrics metrics, @Value("${simfleet.aaa.event-queue:100000}") int capacity) {
        this(rows::write, metrics, capacity);
    }

    /** @param writer writes a batch and answers how many of it it had to leave out */
    DecisionLog(ToIntFunction<List<DecisionEvent>> writer, DecisionMetrics metrics, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = writer;
        this.metrics = metrics;
    }

    /** Queues an event; never blocks. */
    void record(DecisionEvent event) {
        if (!queue.offer(event)) {
            metrics.dropped(1);
            unreported.incrementAndGet();
            long now = System.nanoTime();
            long last = lastReport.get();
            if (now - last >= DROP_REPORT_NANOS && lastReport.compareAndSet(last, now)) {
                log.warn(
                        "AAA: the decision event queue ({} events) is full; {} events dropped since the last report",
                        queue.size(),
                        unreported.getAndSet(0));
            }
        }
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        stopping = false;
        thread = new Thread(this::run, "aaa-event-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        stopping = true;
        try {
            t.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Starts before the RADIUS listener, stops after it, so every decision it made gets written. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }

    private void run() {
        List<DecisionEvent> batch = new ArrayList<>(EventRows.MAX_ROWS);
        while (!stopping || !queue.isEmpty()) {
            try {
                DecisionEvent first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, EventRows.MAX_ROWS - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<DecisionEvent> batch) {
        try {
            int left = writer.applyAsInt(batch);
            if (left > 0) {
                metrics.dropped(left);
                log.warn("AAA: {} decision events had no organisation to go to and were dropped", left);
            }
        } catch (RuntimeException e) {
            metrics.dropped(batch.size());
            log.warn("AAA: writing {} decision events failed; they are dropped", batch.size(), e);
        }
    }
}
