package org.simfleet.smpp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jsmpp.PDUStringException;
import org.simfleet.smpp.codec.EncodedSms;
import org.simfleet.smpp.codec.SmsEncoder;

/**
 * An SMPP 3.4 ESME: binds to one SMSC (a transceiver, or a transmitter and a receiver), keeps the bind alive with
 * enquire_link and reconnects with backoff until closed; submits through a window and a throughput cap; hands
 * receipts and MO messages to the {@link SmsListener}.
 *
 * <pre>{@code
 * try (SmppClient client = SmppClient.create(SmppConfig.defaults("smsc", 2775, "simfleet", "secret"), listener)
 *         .start()) {
 *     client.submit(OutboundSms.text("4915112345678", "Hello")).thenAccept(r -> log(r.outcome()));
 * }
 * }</pre>
 *
 * The client never resends anything by itself: each part gets exactly one {@link Outcome}, and the caller decides
 * (only it can avoid duplicates across restarts). The parts of one message are queued together or not at all.
 */
public final class SmppClient implements AutoCloseable {
    /** The longest close() waits for answers to what is in flight, then for unbind_resp. */
    private static final Duration MAX_CLOSE_WAIT = Duration.ofSeconds(5);

    private final SmppConfig config;
    private final SmsListener listener;
    private final Counters counters = new Counters();
    private final SubmitWindow window;
    private final Deliveries deliveries;
    private final AtomicInteger concatenationReference = new AtomicInteger();
    private final ReentrantLock stateLock = new ReentrantLock();
    private final Condition stateChanged = stateLock.newCondition();
    private BindLoop transmitter;
    private BindLoop receiver;
    private BindState state = BindState.DISCONNECTED;
    private boolean started;
    private volatile boolean closed;

    private SmppClient(SmppConfig config, SmsListener listener) {
        this.config = config;
        this.listener = listener;
        this.window = new SubmitWindow(config, counters);
        this.deliveries = new Deliveries(listener, counters);
    }

    /** A client not yet connected. */
    public static SmppClient create(SmppConfig config, SmsListener listener) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        return new SmppClient(config, listener);
    }

    /**
     * Starts binding in the background and returns at once; {@link #state()} and the listener tell when bound.
     *
     * @throws IllegalStateException if already started or closed
     */
    public SmppClient start() {
        stateLock.lock();
        try {
            if (started || closed) {
                throw new IllegalStateException(closed ? "closed" : "already started");
            }
            started = true;
        } finally {
            stateLock.unlock();
        }
        String name = "smpp-" + config.systemId() + "@" + config.host() + ":" + config.port();
        window.start(name + "-submit");
        if (config.bindMode() == BindMode.TRANSCEIVER) {
            transmitter = loop(BindSession.Role.TRANSCEIVER);
            transmitter.start(name + "-trx");
        } else {
            transmitter = loop(BindSession.Role.TRANSMITTER);
            receiver = loop(BindSession.Role.RECEIVER);
            transmitter.start(name + "-tx");
            receiver.start(name + "-rx");
        }
        return this;
    }

    private BindLoop loop(BindSession.Role role) {
        return new BindLoop(config, role, window, deliveries, counters, this::changed);
    }

    /** The transmitting bind's state: {@link BindState#BOUND} while submits can flow. */
    public BindState state() {
        stateLock.lock();
        try {
            return state;
        } finally {
            stateLock.unlock();
        }
    }

    /** Waits until bound, at most {@code timeout}; answers whether it is bound. */
    public boolean awaitBound(Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        stateLock.lock();
        try {
            while (state != BindState.BOUND && state != BindState.CLOSED && left > 0) {
                left = stateChanged.awaitNanos(left);
            }
            return state == BindState.BOUND;
        } finally {
            stateLock.unlock();
        }
    }

    /**
     * Submits every part of {@code sms}. Never throws: the stage completes when each part has its outcome, {@link
     * Outcome#RETRY} at once when not bound, closed or the queue is full, {@link Outcome#REJECTED} at once when a
     * field cannot go into a submit_sm. It usually completes on the bind's reader thread: dependent actions that
     * take time (a database write) belong on the caller's own executor ({@code thenAcceptAsync(..., executor)}),
     * or every later submit_sm_resp and deliver_sm waits for them.
     */
    public CompletionStage<SubmitResult> submit(OutboundSms sms) {
        Objects.requireNonNull(sms, "sms");
        return send(sms, concatenationReference.incrementAndGet() & 0xFF, null);
    }

    /**
     * Submits again only the parts {@code parts} (0-based indexes) of a message, with the concatenation reference
     * its first submit used ({@link SubmitResult#concatenationReference()}), so that the handset joins them with the
     * parts the SMSC took before. For resending {@link Outcome#RETRY} parts without duplicating accepted ones. The
     * result lists only these parts.
     */
    public CompletionStage<SubmitResult> resubmit(OutboundSms sms, int concatenationReference, List<Integer> parts) {
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            return refused("no parts to resubmit");
        }
        return send(sms, concatenationReference & 0xFF, parts);
    }

    private CompletionStage<SubmitResult> send(OutboundSms sms, int reference, List<Integer> only) {
        SubmitJob job;
        try {
            job = compose(sms, reference, only);
        } catch (IllegalArgumentException | PDUStringException e) {
            return refused("cannot be submitted: " + e.getMessage());
        }
        counters.submits.add(job.parts());
        window.offer(job);
        return job.future;
    }

    private CompletionStage<SubmitResult> refused(String detail) {
        counters.submits.increment();
        counters.rejected.increment();
        return CompletableFuture.completedFuture(
                new SubmitResult(List.of(new PartResult(0, Outcome.REJECTED, null, PartResult.NO_STATUS, detail))));
    }

    private SubmitJob compose(OutboundSms sms, int reference, List<Integer> only) throws PDUStringException {
        String source = sms.source() != null ? sms.source() : config.defaultSource();
        if (source == null) {
            throw new IllegalArgumentException("no source address, and the configuration names no default");
        }
        EncodedSms encoded = SmsEncoder.encode(sms.content(), reference);
        int[] indexes = only == null
                ? java.util.stream.IntStream.range(0, encoded.partCount()).toArray()
                : only.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        byte[][] pdus = new byte[indexes.length][];
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i] < 0 || indexes[i] >= encoded.partCount()) {
                throw new IllegalArgumentException(
                        "part " + indexes[i] + " does not exist; the message has " + encoded.partCount());
            }
            pdus[i] = SubmitPdu.compose(0, sms, source, encoded, indexes[i], config.requestDeliveryReceipts());
        }
        return new SubmitJob(pdus, indexes, encoded.partCount() > 1 ? reference : 0, counters);
    }

    public SmppClientStats stats() {
        return counters.snapshot(window.inFlight(), window.queued());
    }

    public SmppConfig config() {
        return config;
    }

    /**
     * Stops submitting (queued parts complete RETRY), waits a bounded time for the answers to what is in flight,
     * unbinds and closes; what is still unanswered then completes UNKNOWN. Idempotent.
     */
    @Override
    public void close() {
        stateLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            stateLock.unlock();
        }
        window.close();
        long wait = Math.min(config.responseTimeout().toMillis(), MAX_CLOSE_WAIT.toMillis());
        if (transmitter != null && transmitter.bound()) {
            try {
                window.awaitIdle(TimeUnit.MILLISECONDS.toNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (transmitter != null) {
            transmitter.close(wait);
        }
        if (receiver != null) {
            receiver.close(wait);
        }
        window.abandon("sent, no submit_sm_resp before the client closed");
        changed(null, BindState.CLOSED, "closed");
    }

    private void changed(BindSession.Role role, BindState newState, String detail) {
        boolean report;
        stateLock.lock();
        try {
            boolean transmitting = role == null || role.transmits;
            if (closed && newState != BindState.CLOSED) {
                return;
            }
            report = transmitting ? state != newState || newState != BindState.BOUND : true;
            if (transmitting) {
                state = newState;
                stateChanged.signalAll();
            }
        } finally {
            stateLock.unlock();
        }
        if (report) {
            try {
                listener.onBindStateChanged(newState, detail);
            } catch (RuntimeException ignored) {
                // the listener's trouble is not the bind's
            }
        }
    }
}
