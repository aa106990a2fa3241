package org.simfleet.simulator.network;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.simulator.clock.Scheduler;

/**
 * A P-GW/GGSN towards the platform's AAA: an Access-Request per PDP context, then Accounting Start, Interim-Updates
 * with cumulative counters and Stop (RFC 2866), Accounting-On after a restart (RFC 2866 §5.1: the NAS lost its
 * sessions), and Disconnect-Requests answered through {@link DisconnectListener}. Called from the scheduler's thread.
 */
public final class PacketGateway implements AutoCloseable {

    /** The platform's answer to an Access-Request. */
    public record Access(boolean accepted, boolean answered, Inet4Address address, String reason) {}

    /** RFC 2866 §5.10 terminate causes the simulated gateway uses. */
    public enum TerminateCause {
        USER_REQUEST(1),
        LOST_CARRIER(2),
        IDLE_TIMEOUT(4),
        ADMIN_RESET(6),
        NAS_REBOOT(11);

        final int code;

        TerminateCause(int code) {
            this.code = code;
        }
    }

    private static final int START = 1;
    private static final int STOP = 2;
    private static final int INTERIM = 3;
    private static final int ACCOUNTING_ON = 7;

    private final GatewayIdentity identity;
    private final byte[] secret;
    private final Scheduler clock;
    private final RadiusLink auth;
    private final RadiusLink acct;
    private final GatewayStats stats = new GatewayStats();
    private final Map<String, DataSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom authenticators = new SecureRandom();
    private final String runTag;
    private final Pacer pacer;
    private long chargingIds;

    public PacketGateway(
            GatewayIdentity identity,
            String secret,
            InetSocketAddress authServer,
            InetSocketAddress acctServer,
            Duration timeout,
            int tries,
            PacketLoss loss,
            Scheduler clock,
            Pacer pacer) {
        this.identity = identity;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.pacer = pacer;
        InetSocketAddress local = new InetSocketAddress(identity.address(), 0);
        this.auth = new RadiusLink(local, authServer, this.secret, timeout, tries, loss);
        this.acct = new RadiusLink(local, acctServer, this.secret, timeout, tries, loss);
        // session ids stay unique across runs against one database: the run's start is part of them
        this.runTag = Long.toHexString(clock.start().getEpochSecond()).toUpperCase();
    }

    public GatewayStats stats() {
        return stats;
    }

    public GatewayIdentity identity() {
        return identity;
    }

    byte[] secret() {
        return secret.clone();
    }

    /** Asks whether the device may open a PDP context on {@code apn}; the answer carries its address. */
    public Access access(Subscriber s, String apn, Radio radio, Plmn plmn) {
        stats.accessRequests.incrementAndGet();
        pacer.admit();
        AttributeWriter a = GatewayAttributes.common(identity, s, apn, radio, plmn, 0, timestamp());
        RadiusLink.Outcome o = auth.exchange(id -> {
            byte[] authenticator = new byte[16];
            authenticators.nextBytes(authenticator);
            return PacketBuilder.accessRequest(id, authenticator, a, true, secret);
        });
        count(o);
        if (!o.answered()) {
            return new Access(false, false, null, null);
        }
        if (o.response().code() == PacketCode.ACCESS_ACCEPT) {
            stats.accepts.incrementAndGet();
            return new Access(true, true, GatewayAttributes.framedAddress(o.response()), null);
        }
        stats.rejects.incrementAndGet();
        return new Access(false, true, null, o.response().string(AttributeType.REPLY_MESSAGE));
    }

    /** Accounting Start of a new session; null when the platform never acknowledged it. */
    public DataSession start(
            Subscriber s, String apn, Inet4Address address, Radio radio, Plmn plmn, DataSession.Owner owner) {
        long chargingId = ++chargingIds;
        String id = hex(identity.address().getAddress()) + "-" + runTag + "-" + String.format("%08X", chargingId);
        DataSession session = new DataSession(id, chargingId, s, apn, address, radio, plmn, clock.now(), owner);
        sessions.put(id, session);
        if (!account(session, START, null)) {
            sessions.remove(id);
            return null;
        }
        stats.sessionsStarted.incrementAndGet();
        return session;
    }

    public boolean interim(DataSession session) {
        if (session.closed) {
            return false;
        }
        session.interims++;
        return account(session, INTERIM, null);
    }

    public void stop(DataSession session, TerminateCause cause) {
        if (session.closed) {
            return;
        }
        session.closed = true;
        sessions.remove(session.acctSessionId);
        account(session, STOP, cause);
        stats.sessionsStopped.incrementAndGet();
    }

    /**
     * A restart: every session is gone without a Stop, and Accounting-On tells the platform so (it closes them). The
     * owners hear of it at once, as devices notice their PDP contexts are gone.
     */
    public void restart() {
        List<DataSession> lost = List.copyOf(sessions.values());
        sessions.clear();
        lost.forEach(s -> s.closed = true);
        stats.restarts.incrementAndGet();
        AttributeWriter a = new AttributeWriter()
                .addAddress(AttributeType.NAS_IP_ADDRESS, identity.address())
                .addString(AttributeType.NAS_IDENTIFIER, identity.name())
                .addInteger(AttributeType.ACCT_STATUS_TYPE, ACCOUNTING_ON)
                .addString(AttributeType.ACCT_SESSION_ID, "0")
                .addInteger(AttributeType.EVENT_TIMESTAMP, timestamp());
        stats.accountingRequests.incrementAndGet();
        RadiusLink.Outcome o =
                acct.exchange(id -> PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, id, a, false, secret));
        count(o);
        if (o.answered()) {
            stats.accountingAcked.incrementAndGet();
        }
        lost.forEach(s -> s.owner.sessionEnded(s, "gateway restarted"));
    }

    public Collection<DataSession> openSessions() {
        return sessions.values();
    }

    /** The session a Disconnect-Request names (RFC 5176 §3: by Acct-Session-Id, else by User-Name). */
    DataSession find(String acctSessionId, String userName) {
        if (acctSessionId != null) {
            return sessions.get(acctSessionId);
        }
        if (userName == null) {
            return null;
        }
        return sessions.values().stream()
                .filter(s -> s.subscriber.imsi().equals(userName))
                .findFirst()
                .orElse(null);
    }

    /** On the scheduler's thread: the platform ended the session; the gateway tears it down and says so. */
    void disconnected(DataSession session) {
        if (session.closed) {
            return;
        }
        stop(session, TerminateCause.ADMIN_RESET);
        session.owner.sessionEnded(session, "disconnected by the platform");
    }

    void countDisconnect(boolean acked) {
        (acked ? stats.disconnectsAcked : stats.disconnectsRefused).incrementAndGet();
    }

    Scheduler clock() {
        return clock;
    }

    private boolean account(DataSession s, int status, TerminateCause cause) {
        AttributeWriter a =
                GatewayAttributes.common(identity, s.subscriber, s.apn, s.radio, s.plmn, s.chargingId, timestamp());
        a.addInteger(AttributeType.ACCT_STATUS_TYPE, status)
                .addString(AttributeType.ACCT_SESSION_ID, s.acctSessionId)
                .addInteger(AttributeType.ACCT_AUTHENTIC, 1)
                .addInteger(AttributeType.ACCT_DELAY_TIME, 0);
        if (s.address != null) {
            a.addAddress(AttributeType.FRAMED_IP_ADDRESS, s.address);
        }
        long up = s.octetsUp;
        long down = s.octetsDown;
        if (status != START) {
            GatewayAttributes.counters(
                    a, s, Duration.between(s.startedAt, clock.now()).toSeconds());
        }
        if (cause != null) {
            a.addInteger(AttributeType.ACCT_TERMINATE_CAUSE, cause.code);
        }
        stats.accountingRequests.incrementAndGet();
        pacer.admit();
        RadiusLink.Outcome o =
                acct.exchange(id -> PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, id, a, false, secret));
        count(o);
        if (!o.answered()) {
            return false;
        }
        stats.accountingAcked.incrementAndGet();
        // counters are cumulative: what the platform now holds for the session is the highest acknowledged value
        long more = Math.max(0, up - s.ackedUp) + Math.max(0, down - s.ackedDown);
        s.ackedUp = Math.max(s.ackedUp, up);
        s.ackedDown = Math.max(s.ackedDown, down);
        stats.octetsAcked.addAndGet(more);
        return true;
    }

    private void count(RadiusLink.Outcome o) {
        stats.retransmits.addAndGet(o.tries() - 1L);
        if (!o.answered()) {
            stats.unanswered.incrementAndGet();
        }
    }

    private long timestamp() {
        return clock.stamp().getEpochSecond();
    }

    private static String hex(byte[] address) {
        StringBuilder b = new StringBuilder();
        for (byte x : address) {
            b.append(String.format("%02X", x & 0xff));
        }
        return b.toString();
    }

    @Override
    public void close() {
        auth.close();
        acct.close();
    }
}
