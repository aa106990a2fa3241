package org.simfleet.app.sms;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.PartResult;
import org.simfleet.smpp.SubmitResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One per node: while the SMSC is bound, claims due messages in batches and submits them; each outcome goes to the
 * {@link SmsWriter}. At most {@link #limit()} messages are claimed and not yet recorded, which bounds what a crash
 * leaves CLAIMED (and so UNKNOWN until a receipt or the grace period decides) and the writer's queue. The intake
 * may take free slots ({@link #reserve}) and commit new messages CLAIMED at once ({@link #handOver}), which spares
 * them the claim's query and update; a rebind makes every waiting retry due.
 */
@Component
class SmsSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    /**
     * Claimed and not yet recorded: twice the SMPP window. By Little's law, at the 20-30 ms a message spends between
     * claim and recorded outcome (claim commit, submit round trip, group commit), 100 carry 3,300-5,000 messages/s
     * with the default window of 50, twice the 1,600/s aimed at. It is also about the most a kill -9 can leave
     * UNKNOWN (claimed, maybe sent: resent only if no receipt comes within the grace period after the bind), which is
     * why the sender does not claim further ahead.
     */
    static final int WINDOWS_IN_FLIGHT = 2;

    private static final int CLAIM_BATCH = 128;

    private final SmsClaims claims;
    private final SmscLink smsc;
    private final SmsWriter writer;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;
    private final boolean enabled;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final Semaphore wake = new Semaphore(0);
    private final java.util.Queue<Claimed> handedOver = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.ExecutorService rebinds =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sms-rebind");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean running;
    private Thread thread;

    SmsSender(
            SmsClaims claims,
            SmscLink smsc,
            SmsWriter writer,
            JdbcTemplate jdbc,
            Clock clock,
            SmsNode node,
            @Value("${simfleet.sms.sender-enabled:true}") boolean enabled) {
        this.claims = claims;
        this.smsc = smsc;
        this.writer = writer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node.id();
        this.enabled = enabled;
        writer.afterOutcomes(n -> {
            inFlight.addAndGet(-n);
            wake();
        });
        smsc.onBound(this::rebound);
    }

    /** A message was committed: look for work now rather than at the next poll. */
    void wake() {
        wake.release();
    }

    /** This node's name in claims. */
    String node() {
        return node;
    }

    /**
     * Takes up to {@code max} in-flight slots for messages the caller will commit CLAIMED by this node; 0 when the
     * SMSC is not bound or the slots are taken. Each slot is given back by {@link #release} or {@link #handOver}.
     */
    int reserve(int max) {
        if (!running || !smsc.bound()) {
            return 0;
        }
        int limit = limit();
        while (true) {
            int current = inFlight.get();
            int taken = Math.min(max, limit - current);
            if (taken <= 0) {
                return 0;
            }
            if (inFlight.compareAndSet(current, current + taken)) {
                return taken;
            }
        }
    }

    /** Gives back reserved slots that were not used (the transaction failed, or fewer messages were claimed). */
    void release(int slots) {
        if (slots > 0) {
            inFlight.addAndGet(-slots);
            wake();
        }
    }

    /** Messages committed CLAIMED by this node in reserved slots: submitted by the sender's thread. */
    void handOver(List<Claimed> claimed) {
        handedOver.addAll(claimed);
        wake();
    }

    /** After a reconnect every message waiting out a retry backoff is due: the SMSC is back. */
    private void rebound() {
        rebinds.execute(() -> {
            jdbc.update(
                    "UPDATE sms_message SET next_attempt_at = ? WHERE submit_state = 'QUEUED' AND next_attempt_at > ?",
                    clock.instant().atOffset(ZoneOffset.UTC),
                    clock.instant().atOffset(ZoneOffset.UTC));
            wake();
        });
    }

    @Override
    public synchronized void start() {
        if (!enabled) {
            return;
        }
        int abandoned = jdbc.update(
                """
                UPDATE sms_message SET submit_state = 'UNKNOWN',
                    failure_reason = 'claimed when its node stopped: the submit may have reached the SMSC'
                WHERE submit_state = 'CLAIMED' AND claimed_by = ?""",
                node);
        if (abandoned > 0) {
            log.warn(
                    "{} SMS claimed before this node stopped are UNKNOWN: matched by receipt, else sent again after the grace",
                    abandoned);
        }
        running = true;
        thread = new Thread(this::loop, "sms-sender");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            wake();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the SMSC link starts, stopped before it closes. */
    @Override
    public int getPhase() {
        return SmsWriter.PHASE + 200;
    }

    private void loop() {
        while (running) {
            try {
                for (Claimed c = handedOver.poll(); c != null; c = handedOver.poll()) {
                    submit(c);
                }
                if (!smsc.bound()) {
                    idle(100);
                    continue;
                }
                int free = reserve(CLAIM_BATCH);
                if (free <= 0) {
                    idle(100);
                    continue;
                }
                List<Claimed> batch;
                try {
                    batch = claims.claim(free, clock.instant(), node);
                } catch (RuntimeException e) {
                    inFlight.addAndGet(-free);
                    throw e;
                }
                inFlight.addAndGet(batch.size() - free);
                if (batch.isEmpty()) {
                    idle(200);
                    continue;
                }
                for (Claimed c : batch) {
                    submit(c);
                }
            } catch (RuntimeException e) {
                log.warn("SMS sender could not claim messages; trying again", e);
                idle(1000);
            }
        }
    }

    /** The most messages claimed and not yet recorded, for the window in use. */
    int limit() {
        SmscSettings s = smsc.settings();
        return WINDOWS_IN_FLIGHT * (s == null ? org.simfleet.smpp.SmppConfig.DEFAULT_WINDOW : s.window());
    }

    private void submit(Claimed c) {
        List<Integer> missing = c.missingParts();
        OutboundSms sms;
        try {
            sms = c.outbound();
        } catch (IllegalArgumentException e) {
            // a stored payload the SMPP library cannot send (the API checks what it accepts, so only a row written
            // by other means): that message fails, the others go on
            writer.outcome(
                    c,
                    new SubmitResult(List.of(new PartResult(
                            0, Outcome.REJECTED, null, PartResult.NO_STATUS, "cannot be sent: " + e.getMessage()))));
            return;
        }
        smsc.submit(sms, c.concatRef(), missing).whenComplete((result, error) -> {
            // on the client's reader thread: only a queue offer here
            writer.outcome(c, result != null ? result : unknown(error));
        });
    }

    /** A failure with no result (never expected) is treated as the worst case: maybe sent. */
    private static SubmitResult unknown(Throwable error) {
        return new SubmitResult(List.of(new PartResult(
                0, Outcome.UNKNOWN, null, PartResult.NO_STATUS, "submit failed: " + String.valueOf(error))));
    }

    private void idle(long millis) {
        try {
            wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
