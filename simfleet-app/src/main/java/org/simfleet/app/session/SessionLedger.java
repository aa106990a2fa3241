package org.simfleet.app.session;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.radius.AcctStatusType;

/**
 * The accounting rules, applied request by request in arrival order to the sessions in memory (RFC 2866, RFC 2869
 * §5.1, 3GPP TS 29.061 §16). Interim-Update and Stop carry cumulative counters; each counter only grows, so what a
 * request adds is max(0, new − counted) per counter and the counted value becomes the larger one. Retransmits,
 * duplicate Interims and reordered packets then add nothing, and a Stop after a lost Interim adds what the Interim
 * would have. A Start, Interim or Stop for a session nobody has seen creates it; a closed session counts nothing more.
 *
 * <p>Open sessions stay in memory; closed ones for a while, so that retransmitted Stops need no read. Anything not in
 * memory is read in one query per batch ({@link #prepare}) before the batch is applied. Used by the writer thread only.
 */
final class SessionLedger {

    /**
     * Closed sessions are kept for five minutes, past any gateway's retransmissions of a Stop (RFC 5080 §2.2.1 ends a
     * retransmission series after 30 s; gateways that buffer through an outage resend later, and are then read).
     */
    private static final long CLOSED_KEPT_NANOS = 5L * 60 * 1_000_000_000L;
    /** And at most this many, some 50 MB: ten seconds of Stops at 50,000 requests/s is 100,000. */
    private static final int CLOSED_KEPT_MAX = 200_000;

    private record Closed(SessionKey key, long atNanos) {}

    private final Map<SessionKey, SessionState> sessions = new HashMap<>();
    private final ArrayDeque<Closed> closedOrder = new ArrayDeque<>();
    private final SessionStore store;
    private final SubscriberDirectory subscribers;
    private final SessionIds ids = new SessionIds();
    private long operatorOrgId = -1;

    SessionLedger(SessionStore store, SubscriberDirectory subscribers) {
        this.store = store;
        this.subscribers = subscribers;
    }

    /** Loads every open session with what it has counted; called once, before the first request. */
    void loadOpenSessions() {
        for (SessionState s : store.openSessions()) {
            sessions.put(s.key, s);
        }
    }

    int size() {
        return sessions.size();
    }

    /**
     * Reads, in one query each, the sessions the batch names that are not in memory and the IMSIs of new ones.
     * Starts are read only when {@code withStarts}: a Start not in memory is nearly always a new session, since
     * every open one is in memory, so the writer first assumes it is and reads only when the INSERT finds the key
     * taken (a Start repeated long after its Stop, another node's session), instead of one read per new session.
     */
    void prepare(List<AccountingRecord> batch, boolean withStarts) {
        Set<SessionKey> unknown = new HashSet<>();
        Set<SessionKey> startedHere = new HashSet<>();
        for (AccountingRecord r : batch) {
            if (gatewayWide(r) || sessions.containsKey(r.key())) {
                continue;
            }
            if (r.type() == AcctStatusType.START && !withStarts) {
                startedHere.add(r.key());
            } else if (!startedHere.contains(r.key())) {
                // (a session started earlier in this batch is as new as its Start; if it is not, the INSERT says so)
                unknown.add(r.key());
            }
        }
        if (!unknown.isEmpty()) {
            for (SessionState s : store.sessions(unknown)) {
                remember(s);
            }
        }
        List<String> imsis = new ArrayList<>();
        for (AccountingRecord r : batch) {
            if (r.imsi() != null && !gatewayWide(r) && !sessions.containsKey(r.key())) {
                imsis.add(r.imsi());
            }
        }
        if (!imsis.isEmpty()) {
            subscribers.prefetch(imsis);
        }
    }

    /** Applies one request, adding what it writes to {@code out}. */
    void apply(AccountingRecord r, BatchWrites out) {
        if (gatewayWide(r)) {
            resetGateway(r, out);
            return;
        }
        SessionState s = sessions.get(r.key());
        if (s == null) {
            s = create(r, out);
        } else if (r.type() == AcctStatusType.START) {
            return; // a retransmitted or repeated Start: the session exists
        }
        if (s.closed || r.type() == AcctStatusType.START) {
            return;
        }
        count(s, r, out);
        if (r.type() == AcctStatusType.STOP) {
            close(s, r.eventTime(), r.sessionTime(), r.terminateCause(), out);
        }
    }

    /** After a commit: new rows are in the database now, and closed sessions start their time to be forgotten. */
    void committed(BatchWrites batch) {
        long now = System.nanoTime();
        for (SessionState s : batch.touched) {
            s.pendingInsert = null;
            if (s.closed) {
                closedOrder.add(new Closed(s.key, now));
            }
        }
        Closed oldest;
        while ((oldest = closedOrder.peek()) != null
                && (closedOrder.size() > CLOSED_KEPT_MAX || now - oldest.atNanos() > CLOSED_KEPT_NANOS)) {
            closedOrder.poll();
            SessionState s = sessions.get(oldest.key());
            if (s != null && s.closed) {
                sessions.remove(oldest.key());
            }
        }
    }

    /**
     * After a failed commit: forgets every session the batch touched, so the next request for one reads it back
     * from the database as it really is.
     */
    void rolledBack(BatchWrites batch) {
        for (SessionState s : batch.touched) {
            sessions.remove(s.key);
        }
    }

    private static boolean gatewayWide(AccountingRecord r) {
        return r.type() == AcctStatusType.ACCOUNTING_ON || r.type() == AcctStatusType.ACCOUNTING_OFF;
    }

    private void remember(SessionState s) {
        sessions.put(s.key, s);
        if (s.closed) {
            closedOrder.add(new Closed(s.key, System.nanoTime()));
        }
    }

    private SessionState create(AccountingRecord r, BatchWrites out) {
        Instant started = r.eventTime();
        if (r.type() != AcctStatusType.START && r.sessionTime() != null) {
            started = started.minusSeconds(r.sessionTime());
        }
        SessionState s = new SessionState(ids.next(), r.key(), subscribers.get(r.imsi()), started);
        s.pendingInsert = r;
        sessions.put(s.key, s);
        out.inserts.add(s);
        out.touched.add(s);
        return s;
    }

    private void count(SessionState s, AccountingRecord r, BatchWrites out) {
        long up = Math.max(0, r.bytesUp() - s.bytesUp);
        long down = Math.max(0, r.bytesDown() - s.bytesDown);
        long packetsUp = Math.max(0, r.packetsUp() - s.packetsUp);
        long packetsDown = Math.max(0, r.packetsDown() - s.packetsDown);
        if ((up | down | packetsUp | packetsDown) == 0) {
            return;
        }
        s.bytesUp += up;
        s.bytesDown += down;
        s.packetsUp += packetsUp;
        s.packetsDown += packetsDown;
        out.usage.add(new UsageRow(s, r.eventTime(), up, down, packetsUp, packetsDown, s.bytesUp, s.bytesDown));
        if (s.pendingInsert == null) {
            out.touched.add(s);
        }
    }

    private void close(SessionState s, Instant at, Long sessionTime, String cause, BatchWrites out) {
        s.close(at, sessionTime, cause);
        if (s.pendingInsert == null) {
            out.closes.add(s);
            out.touched.add(s);
        }
        if (s.orgId != null) {
            out.events.add(new EventLog.NewEvent(
                    s.orgId,
                    EventType.DELETE_PDP_CONTEXT,
                    EventLog.Severity.INFO,
                    EventLog.Source.NETWORK,
                    s.simId,
                    s.endpointId,
                    UsageText.deletePdpContext(s)));
        }
    }

    /**
     * Accounting-On (RFC 2866 §5.1: the NAS started) or Accounting-Off (it is going down): every session it had is
     * gone, so each one still open closes with cause NAS Reboot, and the operator learns the gateway restarted.
     */
    private void resetGateway(AccountingRecord r, BatchWrites out) {
        String gateway = r.key().gateway();
        int closed = 0;
        for (SessionState s : sessions.values()) {
            if (!s.closed && s.key.gateway().equals(gateway)) {
                close(s, r.eventTime(), null, TerminateCause.NAS_REBOOT.name(), out);
                closed++;
            }
        }
        out.resets.add(new BatchWrites.GatewayReset(gateway, r.eventTime()));
        if (operatorOrgId < 0) {
            operatorOrgId = store.operatorOrgId();
        }
        String what = r.type() == AcctStatusType.ACCOUNTING_ON ? "Accounting-On" : "Accounting-Off";
        out.events.add(new EventLog.NewEvent(
                operatorOrgId,
                EventType.GATEWAY_RESTARTED,
                EventLog.Severity.WARN,
                EventLog.Source.NETWORK,
                null,
                null,
                "Gateway " + r.gatewayName() + " (" + gateway + ") sent " + what + ": " + closed
                        + (closed == 1 ? " open session" : " open sessions") + " closed (NAS Reboot)"));
    }
}
