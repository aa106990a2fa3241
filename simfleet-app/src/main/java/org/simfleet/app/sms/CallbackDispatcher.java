package org.simfleet.app.sms;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivers the callback outbox on its own thread. A row is written leased to this node for {@link #LEASE} and
 * handed over in memory once its transaction committed ({@link #offer}), so a callback follows its receipt by one
 * HTTP round trip and the outbox is not searched for it. Every interval the outbox is searched for due rows: retries,
 * and rows whose node stopped before posting them (their lease ran out). Those are leased by a state-checked UPDATE,
 * so two nodes never post one row both. Rows are posted per organisation as one JSON array of up to {@link #BATCH}
 * events, deleted on a 2xx answer, else retried after a backoff doubling from one second to an hour. Rows older than
 * {@link #GIVE_UP} are dropped and counted: a receiver gone for three days is not coming back for these.
 */
@Component
class CallbackDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallbackDispatcher.class);
    static final int BATCH = 100;
    private static final int LEASE_ROWS = 1000;
    static final Duration GIVE_UP = Duration.ofDays(3);
    /** How long a leased row is left alone by other nodes: more than a slow receiver's timeout. */
    static final Duration LEASE = Duration.ofMinutes(1);

    /**
     * Rows waiting in memory. Beyond it a row stays in the outbox only, and is posted when its lease ran out: at
     * 4,000 reports/s with a receiver that answers within a second this is never reached.
     */
    private static final int IN_MEMORY = 20_000;

    /** The outbox scan for rows three days old reads the whole table: once a minute is enough. */
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** An outbox row with where it goes. */
    record Row(long id, long orgId, String body, int attempts, String url, String secret) {
        Row withId(long newId) {
            return new Row(newId, orgId, body, attempts, url, secret);
        }
    }

    /** An organisation's callback. */
    record Target(String url, String secret) {}

    /** Every organisation's callback, as read at {@code readAt} (System.nanoTime). */
    private record Snapshot(Map<Long, Target> byOrg, long readAt) {}

    /**
     * How late a node sees a callback changed on another node. Short next to how often an organisation changes its
     * callback; long next to a writer's transaction (milliseconds), so the settings are read about once per interval.
     */
    static final Duration TARGETS_TTL = Duration.ofSeconds(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Counter delivered;
    private final Counter failed;
    private final Counter dropped;
    private final Duration interval;
    private final Semaphore wake = new Semaphore(0);
    private final BlockingQueue<Row> committed = new LinkedBlockingQueue<>(IN_MEMORY);
    private volatile Snapshot snapshot;
    private volatile boolean running;
    private Thread thread;
    private Instant lastPurge;

    CallbackDispatcher(
            JdbcTemplate jdbc,
            Clock clock,
            MeterRegistry metrics,
            @Value("${simfleet.sms.callback-interval:PT0.5S}") Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = interval;
        this.delivered = metrics.counter("simfleet.sms.callback.delivered");
        this.failed = metrics.counter("simfleet.sms.callback.failed");
        this.dropped = metrics.counter("simfleet.sms.callback.dropped");
    }

    /** Rows written leased to this node were committed: post them now. */
    void offer(List<Row> rows) {
        for (Row r : rows) {
            if (!committed.offer(r)) {
                break; // the outbox has them; the scan posts them when their lease runs out
            }
        }
        wake();
    }

    private void wake() {
        wake.release();
    }

    /**
     * The callbacks of these organisations, from a snapshot of sms_callback: the writers would otherwise read it once
     * per transaction, a round trip on each receipt's path. A change on this node is seen at once
     * ({@link #targetsChanged}); one made on another node within {@link #TARGETS_TTL}.
     */
    Map<Long, Target> targets(List<Long> orgIds) {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAt() > TARGETS_TTL.toNanos()) {
            long readAt = System.nanoTime();
            Map<Long, Target> all = new HashMap<>();
            jdbc.query("SELECT org_id, url, secret FROM sms_callback", rs -> {
                all.put(rs.getLong(1), new Target(rs.getString(2), rs.getString(3)));
            });
            s = new Snapshot(all, readAt);
            snapshot = s;
        }
        Map<Long, Target> targets = new HashMap<>();
        for (Long org : orgIds) {
            Target t = s.byOrg().get(org);
            if (t != null) {
                targets.put(org, t);
            }
        }
        return targets;
    }

    /** An organisation's callback was set or removed on this node: read the settings again. */
    void targetsChanged() {
        snapshot = null;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "sms-callbacks");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
        try {
            thread.join(TIMEOUT.toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Instant nextScan = Instant.MIN;
        while (running) {
            int leased = 0;
            try {
                List<Row> rows = new ArrayList<>();
                committed.drainTo(rows, LEASE_ROWS);
                postByOrg(rows, clock.instant());
                Instant now = clock.instant();
                if (!now.isBefore(nextScan)) {
                    leased = dispatch();
                    nextScan = leased < LEASE_ROWS ? now.plus(interval) : now;
                }
            } catch (RuntimeException e) {
                log.warn("SMS callbacks not dispatched; trying again", e);
            }
            if (committed.isEmpty() && leased < LEASE_ROWS) {
                try {
                    wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Posts the due rows of the outbox; returns how many rows were leased. */
    int dispatch() {
        Instant now = clock.instant();
        if (lastPurge == null || !now.isBefore(lastPurge.plus(PURGE_EVERY))) {
            lastPurge = now;
            int removed = jdbc.update(
                    "DELETE FROM sms_callback_delivery WHERE created_at < ?",
                    now.minus(GIVE_UP).atOffset(ZoneOffset.UTC));
            if (removed > 0) {
                dropped.increment(removed);
                log.warn("{} SMS callbacks dropped after {} of failed attempts", removed, GIVE_UP);
            }
        }
        List<Row> leased = lease(now);
        postByOrg(leased, now);
        return leased.size();
    }

    private void postByOrg(List<Row> rows, Instant now) {
        Map<Long, List<Row>> byOrg = new LinkedHashMap<>();
        for (Row r : rows) {
            byOrg.computeIfAbsent(r.orgId(), k -> new ArrayList<>()).add(r);
        }
        byOrg.values().forEach(list -> post(list, now));
    }

    private List<Row> lease(Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        List<Row> due = jdbc.query(
                """
                SELECT d.id, d.org_id, d.body, d.attempts, c.url, c.secret
                FROM sms_callback_delivery d JOIN sms_callback c ON c.org_id = d.org_id
                WHERE d.next_attempt_at <= ? ORDER BY d.id LIMIT\s"""
                        + LEASE_ROWS,
                (rs, n) -> new Row(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6)),
                at);
        if (due.isEmpty()) {
            return due;
        }
        int[] counts = jdbc.batchUpdate(
                "UPDATE sms_callback_delivery SET next_attempt_at = ? WHERE id = ? AND next_attempt_at <= ?",
                due.stream().map(r -> new Object[] {at.plus(LEASE), r.id(), at}).toList());
        List<Row> leased = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                leased.add(due.get(i));
            }
        }
        return leased;
    }

    private void post(List<Row> rows, Instant now) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            String body = "[" + String.join(",", batch.stream().map(Row::body).toList()) + "]";
            Row first = batch.get(0);
            String error;
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create(first.url()))
                                .timeout(TIMEOUT)
                                .header("Content-Type", "application/json")
                                .header(CallbackSignature.HEADER, CallbackSignature.of(first.secret(), body))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                error = answer.statusCode() / 100 == 2 ? null : "answered HTTP " + answer.statusCode();
            } catch (java.io.IOException | IllegalArgumentException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (error == null) {
                jdbc.batchUpdate(
                        "DELETE FROM sms_callback_delivery WHERE id = ?",
                        batch.stream().map(r -> new Object[] {r.id()}).toList());
                delivered.increment(batch.size());
            } else {
                String reason = error.length() > 500 ? error.substring(0, 500) : error;
                jdbc.batchUpdate(
                        "UPDATE sms_callback_delivery SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                        batch.stream()
                                .map(r -> new Object[] {
                                    r.attempts() + 1,
                                    backoff(now, r.attempts()).atOffset(ZoneOffset.UTC),
                                    reason,
                                    r.id()
                                })
                                .toList());
                failed.increment(batch.size());
            }
        }
    }

    /** One second, doubling per failed attempt, at most an hour. */
    static Instant backoff(Instant now, int attempts) {
        long seconds = Math.min(1L << Math.min(attempts, 12), 3600);
        return now.plusSeconds(seconds);
    }
}
