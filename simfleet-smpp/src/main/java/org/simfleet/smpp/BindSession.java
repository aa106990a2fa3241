package org.simfleet.smpp;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;

/**
 * One bound SMPP session on one TCP connection: the bind (SMPP 3.4 §4.1), then a read loop on the calling thread
 * that answers enquire_link and unbind, hands submit_sm_resp to the window and deliver_sm to the deliveries, and
 * keeps the timers (enquire_link when idle, §4.11; response timeouts). deliver_sm_resp goes out from whichever
 * thread completes the listener's stage, so the loop never waits for the application.
 */
final class BindSession {
    /** How often the read loop wakes to check its timers when nothing arrives. */
    private static final int TICK_MILLIS = 100;

    private static final byte INTERFACE_VERSION_34 = 0x34;
    private static final DefaultComposer COMPOSER = new DefaultComposer();
    private static final DefaultDecomposer DECOMPOSER = new DefaultDecomposer();

    private final PduChannel channel;
    private final Role role;
    private final SmppConfig config;
    private final SubmitWindow window;
    private final Deliveries deliveries;
    private final Counters counters;
    private final AtomicInteger sequence = new AtomicInteger();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile String failure;
    private volatile boolean unbinding;
    private long lastReadNanos;
    private long enquireSentNanos;
    private long lastTickNanos;

    private BindSession(
            PduChannel channel,
            Role role,
            SmppConfig config,
            SubmitWindow window,
            Deliveries deliveries,
            Counters counters) {
        this.channel = channel;
        this.role = role;
        this.config = config;
        this.window = role.transmits ? window : null;
        this.deliveries = role.receives ? deliveries : null;
        this.counters = counters;
    }

    /** The three bind kinds and what each may do. */
    enum Role {
        TRANSCEIVER(SMPPConstant.CID_BIND_TRANSCEIVER, true, true, "transceiver"),
        TRANSMITTER(SMPPConstant.CID_BIND_TRANSMITTER, true, false, "transmitter"),
        RECEIVER(SMPPConstant.CID_BIND_RECEIVER, false, true, "receiver");

        final int bindCommand;
        final boolean transmits;
        final boolean receives;
        final String label;

        Role(int bindCommand, boolean transmits, boolean receives, String label) {
            this.bindCommand = bindCommand;
            this.transmits = transmits;
            this.receives = receives;
            this.label = label;
        }
    }

    /** The SMSC answered the bind with an error, or not at all. */
    static final class BindRefusedException extends IOException {
        BindRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Connects and binds.
     *
     * @throws BindRefusedException when the SMSC refuses the bind or does not answer in time
     * @throws IOException when the connection fails
     */
    static BindSession open(SmppConfig config, Role role, SubmitWindow window, Deliveries deliveries, Counters counters)
            throws IOException {
        int timeout = (int) Math.min(Integer.MAX_VALUE, config.responseTimeout().toMillis());
        PduChannel channel = PduChannel.connect(config.host(), config.port(), timeout);
        BindSession session = new BindSession(channel, role, config, window, deliveries, counters);
        try {
            session.bind(timeout);
            return session;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void bind(int timeoutMillis) throws IOException {
        int seq = nextSequence();
        byte[] bind;
        try {
            bind = COMPOSER.bind(
                    role.bindCommand,
                    seq,
                    config.systemId(),
                    config.password(),
                    config.systemType(),
                    INTERFACE_VERSION_34,
                    (byte) 0,
                    (byte) 0,
                    null);
        } catch (PDUStringException e) {
            throw new BindRefusedException("bind parameters invalid: " + e.getMessage());
        }
        channel.write(bind);
        channel.readTimeout(TICK_MILLIS);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            byte[] pdu = channel.read();
            if (pdu == null) {
                continue;
            }
            int id = PduChannel.commandId(pdu);
            int status = PduChannel.commandStatus(pdu);
            if (id == (role.bindCommand | SMPPConstant.MASK_CID_RESP) || id == SMPPConstant.CID_GENERIC_NACK) {
                if (PduChannel.sequence(pdu) != seq) {
                    continue;
                }
                if (status != SMPPConstant.STAT_ESME_ROK) {
                    throw new BindRefusedException(role.label + " bind refused: " + bindStatus(status));
                }
                lastReadNanos = System.nanoTime();
                return;
            }
            if (id == SMPPConstant.CID_ENQUIRE_LINK) {
                channel.write(COMPOSER.enquireLinkResp(PduChannel.sequence(pdu)));
            }
        }
        throw new BindRefusedException("no " + role.label + " bind response within " + timeoutMillis + " ms");
    }

    private static String bindStatus(int status) {
        return switch (status) {
            case 0x0D -> "ESME_RBINDFAIL (0xd)";
            case 0x0E -> "ESME_RINVPASWD (0xe)";
            case 0x0F -> "ESME_RINVSYSID (0xf)";
            case 0x05 -> "ESME_RALYBND (0x5)";
            default -> "command_status 0x" + Integer.toHexString(status);
        };
    }

    /** Sequence numbers run 1..0x7FFFFFFF and wrap (§5.1.4). */
    int nextSequence() {
        return sequence.updateAndGet(n -> n >= 0x7FFFFFFF ? 1 : n + 1);
    }

    void write(byte[] pdu) throws IOException {
        channel.write(pdu);
    }

    /** Ends the session at once (no unbind): its read loop returns {@code reason}. */
    void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
        channel.close();
    }

    boolean isOpen() {
        return !channel.isClosed();
    }

    /**
     * Answers a deliver_sm; does nothing once this connection is gone (the SMSC then redelivers). Answers whether the
     * answer was written.
     */
    boolean respondDeliver(int seq, int status) {
        if (channel.isClosed()) {
            return false;
        }
        try {
            channel.write(COMPOSER.deliverSmResp(status, seq, ""));
            return true;
        } catch (IOException e) {
            fail("deliver_sm_resp write failed: " + e.getMessage());
            return false;
        }
    }

    /** Sends unbind (§4.2) and waits at most {@code waitMillis} for the SMSC's unbind_resp, then closes. */
    void unbind(long waitMillis) {
        unbinding = true;
        try {
            channel.write(COMPOSER.unbind(nextSequence()));
            ended.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // the connection is already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            fail("unbound");
        }
    }

    /** Reads until the connection ends; answers why it ended. */
    String readLoop() {
        try {
            lastTickNanos = System.nanoTime();
            while (!channel.isClosed()) {
                byte[] pdu = channel.read();
                long now = System.nanoTime();
                if (pdu != null) {
                    lastReadNanos = now;
                    handle(pdu);
                }
                if (now - lastTickNanos >= TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)) {
                    lastTickNanos = now;
                    tick(now);
                }
            }
        } catch (PduChannel.MalformedStreamException e) {
            counters.malformed.increment();
            try {
                channel.write(COMPOSER.genericNack(SMPPConstant.STAT_ESME_RINVCMDLEN, 0));
            } catch (IOException ignored) {
                // closing anyway
            }
            fail("malformed stream: " + e.getMessage());
        } catch (IOException e) {
            fail(unbinding ? "unbound" : "connection lost: " + e.getMessage());
        } catch (RuntimeException e) {
            fail("internal error: " + e);
        } finally {
            channel.close();
            ended.countDown();
        }
        return failure == null ? "connection closed" : failure;
    }

    private void tick(long now) throws IOException {
        if (window != null) {
            window.expire(now);
        }
        if (deliveries != null) {
            deliveries.expire(now);
        }
        long idle = config.enquireLinkInterval().toNanos();
        if (enquireSentNanos == 0 && now - lastReadNanos > idle) {
            enquireSentNanos = now;
            channel.write(COMPOSER.enquireLink(nextSequence()));
        } else if (enquireSentNanos != 0
                && now - enquireSentNanos > config.responseTimeout().toNanos()) {
            fail("no enquire_link_resp within " + config.responseTimeout().toMillis() + " ms");
        }
    }

    private void handle(byte[] pdu) throws IOException {
        int id = PduChannel.commandId(pdu);
        int status = PduChannel.commandStatus(pdu);
        int seq = PduChannel.sequence(pdu);
        switch (id) {
            case SMPPConstant.CID_SUBMIT_SM_RESP -> submitResp(pdu, seq, status);
            case SMPPConstant.CID_GENERIC_NACK -> {
                if (window != null) {
                    window.responded(this, seq, status == 0 ? SMPPConstant.STAT_ESME_RSYSERR : status, null);
                }
            }
            case SMPPConstant.CID_DELIVER_SM -> deliverSm(pdu, seq);
            case SMPPConstant.CID_ENQUIRE_LINK -> channel.write(COMPOSER.enquireLinkResp(seq));
            case SMPPConstant.CID_ENQUIRE_LINK_RESP -> enquireSentNanos = 0;
            case SMPPConstant.CID_UNBIND -> {
                channel.write(COMPOSER.unbindResp(SMPPConstant.STAT_ESME_ROK, seq));
                fail("the SMSC unbound");
            }
            case SMPPConstant.CID_UNBIND_RESP -> fail("unbound");
            case SMPPConstant.CID_ALERT_NOTIFICATION -> {
                // §4.12: no response is sent; nothing here needs it.
            }
            default -> unexpected(id, seq);
        }
    }

    private void submitResp(byte[] pdu, int seq, int status) {
        if (window == null) {
            return;
        }
        String messageId = null;
        if (status == SMPPConstant.STAT_ESME_ROK) {
            try {
                messageId = DECOMPOSER.submitSmResp(pdu).getMessageId();
            } catch (PDUStringException | RuntimeException e) {
                counters.malformed.increment();
            }
        }
        window.responded(this, seq, status, messageId);
    }

    private void deliverSm(byte[] pdu, int seq) throws IOException {
        if (deliveries == null) {
            channel.write(COMPOSER.deliverSmResp(SMPPConstant.STAT_ESME_RINVBNDSTS, seq, ""));
            return;
        }
        DeliverSm deliverSm;
        try {
            deliverSm = DECOMPOSER.deliverSm(pdu);
        } catch (PDUStringException | RuntimeException e) {
            counters.malformed.increment();
            channel.write(COMPOSER.genericNack(SMPPConstant.STAT_ESME_RINVMSGLEN, seq));
            return;
        }
        deliveries.deliver(deliverSm, status -> respondDeliver(seq, status));
    }

    /** Requests we do not serve get their negative response, unknown commands a generic_nack (§4.3). */
    private void unexpected(int id, int seq) throws IOException {
        if ((id & SMPPConstant.MASK_CID_RESP) != 0) {
            return; // a response to nothing we sent, or to an enquire_link we no longer wait for
        }
        boolean known = id == SMPPConstant.CID_DATA_SM
                || id == SMPPConstant.CID_SUBMIT_SM
                || id == SMPPConstant.CID_QUERY_SM
                || id == SMPPConstant.CID_CANCEL_SM
                || id == SMPPConstant.CID_REPLACE_SM;
        if (known) {
            byte[] nack = COMPOSER.genericNack(SMPPConstant.STAT_ESME_RINVCMDID, seq);
            SubmitPdu.setCommandId(nack, id | SMPPConstant.MASK_CID_RESP);
            channel.write(nack);
        } else {
            channel.write(COMPOSER.genericNack(SMPPConstant.STAT_ESME_RINVCMDID, seq));
        }
    }
}
