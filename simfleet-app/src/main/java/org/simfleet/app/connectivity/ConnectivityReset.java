package org.simfleet.app.connectivity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.tenant.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends a device's data sessions: the "reset connectivity" of the portal, and what suspending a SIM or disabling an
 * endpoint does to sessions already open (the AAA server refuses new ones by itself).
 */
@Component
public class ConnectivityReset {

    /** What the API reports: every session it tried and how its gateway answered so far. */
    record Result(Long endpointId, Long simId, List<DisconnectOutcome> sessions) {}

    /** SIM ids per query: well under every database's bind-parameter limit, few round trips for a bulk change. */
    private static final int CHUNK = 1000;

    private final ConnectivityQueries queries;
    private final Disconnector disconnector;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Duration replyWait;

    ConnectivityReset(
            ConnectivityQueries queries,
            Disconnector disconnector,
            JdbcClient jdbc,
            AuditLog audit,
            TransactionTemplate tx,
            @Value("${simfleet.disconnect.reply-wait:PT5S}") Duration replyWait) {
        this.queries = queries;
        this.disconnector = disconnector;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
        this.replyWait = replyWait;
    }

    /**
     * Disconnects every open session of the endpoint's SIM and waits a few seconds for the gateways' answers; answers
     * arriving later (a gateway's retries can take longer) still reach the event log.
     */
    Result reset(Caller caller, long endpointId) {
        caller.requireWrite();
        ConnectivityQueries.Subject subject = queries.endpoint(caller, endpointId);
        tx.executeWithoutResult(s -> audit.record(
                caller,
                AuditLog.Change.ok(
                        subject.orgId(), "CONNECTIVITY_RESET", "endpoint", endpointId, null, "reset requested")));
        if (subject.simId() == null) {
            return new Result(endpointId, null, List.of());
        }
        List<DisconnectTarget> targets = openSessions(subject.simId());
        List<CompletableFuture<DisconnectOutcome>> pending = new ArrayList<>();
        for (DisconnectTarget target : targets) {
            pending.add(disconnector.disconnect(target).toCompletableFuture());
        }
        long deadline = System.nanoTime() + replyWait.toNanos();
        List<DisconnectOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            outcomes.add(await(pending.get(i), deadline, targets.get(i)));
        }
        return new Result(endpointId, subject.simId(), outcomes);
    }

    /** Disconnects the open sessions of these SIMs without waiting: for suspensions and disabled endpoints. */
    public void disconnectSims(List<Long> simIds) {
        // A bulk suspension names up to 100,000 SIMs: ask in chunks, most of which find no open session.
        for (int from = 0; from < simIds.size(); from += CHUNK) {
            for (DisconnectTarget target : openSessions(simIds.subList(from, Math.min(simIds.size(), from + CHUNK)))) {
                disconnector.disconnect(target);
            }
        }
    }

    private List<DisconnectTarget> openSessions(long simId) {
        return openSessions(List.of(simId));
    }

    private List<DisconnectTarget> openSessions(List<Long> simIds) {
        String marks = String.join(",", java.util.Collections.nCopies(simIds.size(), "?"));
        return jdbc.sql(
                        """
                        SELECT id, org_id, sim_id, endpoint_id, gateway_address, acct_session_id, user_name, framed_ip
                        FROM data_session WHERE sim_id IN (%s) AND ended_at IS NULL AND org_id IS NOT NULL"""
                                .formatted(marks))
                .params(simIds)
                .query((rs, n) -> new DisconnectTarget(
                        rs.getObject("id", UUID.class),
                        rs.getLong("org_id"),
                        rs.getLong("sim_id"),
                        (Long) rs.getObject("endpoint_id", Long.class),
                        rs.getString("gateway_address"),
                        rs.getString("acct_session_id"),
                        rs.getString("user_name"),
                        rs.getString("framed_ip")))
                .list();
    }

    private static DisconnectOutcome await(
            CompletableFuture<DisconnectOutcome> future, long deadline, DisconnectTarget target) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return DisconnectOutcome.of(target, "PENDING", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DisconnectOutcome.of(target, "PENDING", null);
        } catch (java.util.concurrent.ExecutionException e) {
            return DisconnectOutcome.of(target, "TIMEOUT", null);
        }
    }
}
