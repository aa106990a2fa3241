package org.simfleet.simulator.smsc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.simfleet.smpp.SmsContent;
import org.simfleet.smpp.codec.EncodedSms;
import org.simfleet.smpp.codec.SmsEncoder;

/**
 * An SMPP 3.4 SMSC for tests, demos and benchmarks, on jSMPP's server side.
 *
 * <pre>{@code
 * try (SmscSimulator smsc = SmscSimulator.create(SmscConfig.defaults("simfleet", "secret")).start()) {
 *     SmppConfig client = SmppConfig.defaults("127.0.0.1", smsc.port(), "simfleet", "secret");
 *     smsc.sendMo("4915112345678", "12345", "status ok");
 * }
 * }</pre>
 *
 * It accepts binds with its configured credentials (TRX, TX or RX), answers submit_sm with fresh message ids, lets
 * {@link Handsets} decide each MT's fate, sends receipts (Appendix B text plus receipted_message_id, message_state and
 * network_error_code) when asked for, and keeps every receipt and MO until an ESME acknowledges it. Faults are
 * switched on and off while it runs.
 */
public final class SmscSimulator implements AutoCloseable {
    private static final String SMSC_SYSTEM_ID = "simfleet-smsc";

    private final SmscConfig config;
    private final Faults faults = new Faults();
    private final Sessions sessions = new Sessions();
    private final Outbox outbox;
    private final RadioNetwork network;
    private final SubmitHandler submits;
    private final ScheduledExecutorService timers;
    private final ExecutorService binders;
    private final AtomicLong binds = new AtomicLong();
    private final AtomicLong bindsRefused = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private LoopbackSockets sockets;
    private SMPPServerSessionListener listener;
    private Thread acceptor;
    private volatile boolean closed;

    private SmscSimulator(SmscConfig config) {
        this.config = config;
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "smsc-timers"));
        this.binders = Executors.newCachedThreadPool(r -> daemon(r, "smsc-bind"));
        this.outbox = new Outbox(sessions, config.redeliveryDelay(), config.deliverTimeout());
        this.network = new RadioNetwork(timers, outbox);
        this.submits = new SubmitHandler(config, faults, network);
    }

    public static SmscSimulator create(SmscConfig config) {
        return new SmscSimulator(Objects.requireNonNull(config, "config"));
    }

    /**
     * Listens on 127.0.0.1 and accepts binds.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public synchronized SmscSimulator start() {
        if (listener != null) {
            throw new IllegalStateException("already started");
        }
        try {
            sockets = new LoopbackSockets(config.port());
            listener = new SMPPServerSessionListener(sockets.port(), sockets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + config.port(), e);
        }
        listener.setMessageReceiverListener(submits);
        listener.setResponseDeliveryListener(submits);
        listener.setPduProcessorDegree(config.pduThreads());
        listener.setQueueCapacity(10_000);
        outbox.start(config.deliverWindow());
        acceptor = daemon(this::acceptLoop, "smsc-accept");
        acceptor.start();
        return this;
    }

    /** The port it listens on. */
    public synchronized int port() {
        if (sockets == null) {
            throw new IllegalStateException("not started");
        }
        return sockets.port();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                try {
                    binders.execute(() -> bind(session));
                } catch (RejectedExecutionException e) {
                    session.close(); // closing
                    return;
                }
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(10_000);
            int refusal = 0;
            if (faults.refusingBinds(System.nanoTime())) {
                refusal = faults.refuseBindsStatus;
            } else if (!config.systemId().equals(request.getSystemId())) {
                refusal = 0x0F; // ESME_RINVSYSID
            } else if (!config.password().equals(request.getPassword())) {
                refusal = 0x0E; // ESME_RINVPASWD
            }
            if (refusal != 0) {
                bindsRefused.incrementAndGet();
                request.reject(refusal);
                session.close();
                return;
            }
            session.addSessionStateListener((newState, oldState, source) -> {
                if (newState == SessionState.CLOSED || newState == SessionState.UNBOUND) {
                    sessions.remove(session);
                    outbox.sessionClosed(session);
                }
            });
            binds.incrementAndGet();
            request.accept(SMSC_SYSTEM_ID, InterfaceVersion.IF_34);
            sessions.add(session);
            if (sessions.receiver() != null) {
                outbox.receiverBound();
            }
        } catch (Exception e) {
            session.close();
        }
    }

    /** Subscribes to the MTs that reach handsets (reassembled); answers what unsubscribes. */
    public AutoCloseable onDeliveredMt(Consumer<DeliveredMt> subscriber) {
        network.subscribe(subscriber);
        return () -> network.unsubscribe(subscriber);
    }

    /** Sends an MO text from a handset, concatenated with an 8-bit UDH reference when long (UCS-2 if needed). */
    public void sendMo(String from, String to, String text) {
        sendMo(from, to, new SmsContent.Text(text), MoConcatenation.UDH_8BIT);
    }

    /** Sends an MO message from a handset, its parts marked as {@code concatenation} says when long. */
    public void sendMo(String from, String to, SmsContent content, MoConcatenation concatenation) {
        int reference = ThreadLocalRandom.current().nextInt(0x10000);
        EncodedSms encoded = SmsEncoder.encode(content, reference);
        int total = encoded.partCount();
        for (int i = 0; i < total; i++) {
            byte[] part = encoded.parts().get(i);
            byte esm = encoded.userDataHeader() ? (byte) 0x40 : 0;
            OptionalParameter[] tlvs = new OptionalParameter[0];
            if (total > 1 && concatenation == MoConcatenation.UDH_16BIT) {
                byte[] data = Arrays.copyOfRange(part, 6, part.length);
                part = new byte[7 + data.length];
                byte[] udh = {6, 0x08, 4, (byte) (reference >> 8), (byte) reference, (byte) total, (byte) (i + 1)};
                System.arraycopy(udh, 0, part, 0, 7);
                System.arraycopy(data, 0, part, 7, data.length);
            } else if (total > 1 && concatenation == MoConcatenation.SAR) {
                part = Arrays.copyOfRange(part, 6, part.length);
                esm = 0;
                tlvs = new OptionalParameter[] {
                    new OptionalParameter.Sar_msg_ref_num((short) reference),
                    new OptionalParameter.Sar_total_segments((byte) total),
                    new OptionalParameter.Sar_segment_seqnum((byte) (i + 1))
                };
            }
            outbox.add(new Outbox.Outgoing(false, from, to, esm, encoded.dataCoding(), part, tlvs), Duration.ZERO);
        }
    }

    /** The next {@code count} submit_sm are answered ESME_RTHROTTLED. */
    public void throttleNext(int count) {
        faults.throttleNext.set(count);
    }

    /** Submits beyond {@code perSecond} in any calendar second are answered ESME_RTHROTTLED; 0 switches it off. */
    public void throttleAbove(int perSecond) {
        faults.throttleAbove(perSecond);
    }

    /** Each submit_sm_resp is held back by {@code delay} (zero switches it off). */
    public void slowResponses(Duration delay) {
        faults.slowResponseMillis = delay.toMillis();
    }

    /**
     * Aborts every connection at once (TCP reset, no unbind), as a crashing SMSC would, and refuses binds with
     * ESME_RBINDFAIL for {@code refuseBindsFor}. Receipts and MO not yet acknowledged are kept.
     */
    public void dropConnections(Duration refuseBindsFor) {
        refuseBinds(refuseBindsFor);
        dropped.addAndGet(sockets.abortAll());
        sessions.closeAll();
    }

    /** Refuses binds with ESME_RBINDFAIL (0x0D) for {@code duration}. */
    public void refuseBinds(Duration duration) {
        faults.refuseBindsUntilNanos = System.nanoTime() + duration.toNanos();
    }

    /** Switches every fault off. */
    public void clearFaults() {
        faults.clear();
    }

    /** How many accepted submits carried the duplicate key {@code key} (see {@link SmscConfig#duplicateKey()}). */
    public int submitsWithKey(String key) {
        return submits.submitsWithKey(key);
    }

    public SmscStats stats() {
        return new SmscStats(
                submits.submits.get(),
                submits.accepted.get(),
                submits.duplicates.get(),
                submits.throttled.get(),
                outbox.receiptsSent.get(),
                outbox.receiptsPending.get(),
                outbox.receiptsRefused.get(),
                outbox.moSent.get(),
                outbox.moPending.get(),
                binds.get(),
                bindsRefused.get(),
                dropped.get(),
                submits.enquireLinks.get(),
                submits.maxInProgress.get(),
                outbox.unanswered.get());
    }

    /** Stops listening and closes every session; unacknowledged receipts and MO are lost with the process. */
    @Override
    public synchronized void close() {
        closed = true;
        outbox.close();
        sessions.closeAll();
        if (listener != null) {
            try {
                listener.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        if (sockets != null) {
            try {
                sockets.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        timers.shutdownNow();
        binders.shutdownNow();
        try {
            timers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
