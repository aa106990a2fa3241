package org.simfleet.app.sim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.OrgKind;
import org.simfleet.app.tenant.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code sim_state_change}: bulk changes as they ran, and scheduled ones waiting for their
 * effective date with the identity of whoever asked, so they can run as that caller. Status moves only
 * from SCHEDULED, by an UPDATE that names it, so running and canceling cannot both win.
 */
@Component
class StateChangeStore {

    enum Status {
        SCHEDULED,
        COMPLETED,
        CANCELED,
        FAILED
    }

    /** Outcome counts: succeeded changed state, failed were refused or not found, the rest were unchanged. */
    record Counts(int requested, int succeeded, int failed) {}

    /** A row; {@code selector} is JSON text (null in lists), {@code counts} null until the change ran. */
    record Row(
            long id,
            Caller requester,
            SimState targetState,
            String selector,
            Instant effectiveAt,
            Status status,
            Instant createdAt,
            Instant completedAt,
            Counts counts) {}

    static final Map<String, String> SORTABLE = sortable();

    /** Every column but the selector, which may hold 100,000 ICCIDs and is read only for one change. */
    private static final String SELECT =
            """
            SELECT c.id, c.org_id, c.target_state, c.effective_at, c.status, c.requested_by, c.actor_type, c.actor_id,
                   c.actor_role, c.source_ip, c.created_at, c.completed_at, c.requested, c.succeeded, c.failed,
                   o.kind AS org_kind""";

    private static final String FROM = " FROM sim_state_change c JOIN organisation o ON o.id = c.org_id";

    private final JdbcClient jdbc;

    StateChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            Caller caller,
            SimState target,
            String selector,
            OffsetDateTime effectiveAt,
            Status status,
            OffsetDateTime now,
            Counts counts) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO sim_state_change (org_id, target_state, selector, effective_at, status, requested_by,
                            actor_type, actor_id, actor_role, source_ip, created_at, completed_at, requested, succeeded,
                            failed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caller.orgId(),
                        target.name(),
                        selector,
                        effectiveAt,
                        status.name(),
                        caller.actorName(),
                        caller.actorType(),
                        caller.actorId(),
                        caller.role().name(),
                        caller.sourceIp(),
                        now,
                        counts == null ? null : now,
                        counts == null ? null : counts.requested(),
                        counts == null ? null : counts.succeeded(),
                        counts == null ? null : counts.failed())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The caller's organisation's change; another organisation's does not exist. */
    Optional<Row> find(Caller caller, long id) {
        return jdbc.sql(SELECT + ", c.selector" + FROM + " WHERE c.id = ? AND c.org_id = ?")
                .params(id, caller.orgId())
                .query(StateChangeStore::row)
                .optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + ", c.selector" + FROM + " WHERE c.id = ?")
                .param(id)
                .query(StateChangeStore::row)
                .optional();
    }

    List<Row> page(Caller caller, Status status, PageQuery page) {
        Where where = where(caller, status);
        return jdbc.sql(SELECT + ", NULL AS selector" + FROM + where.sql + page.sql("c.id"))
                .params(where.params)
                .query(StateChangeStore::row)
                .list();
    }

    long count(Caller caller, Status status) {
        Where where = where(caller, status);
        return jdbc.sql("SELECT COUNT(*) FROM sim_state_change c" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /** Ids of scheduled changes due at {@code now}, oldest first. */
    List<Long> due(OffsetDateTime now) {
        return jdbc.sql(
                        "SELECT id FROM sim_state_change WHERE status = 'SCHEDULED' AND effective_at <= ? ORDER BY effective_at, id")
                .param(now)
                .query(Long.class)
                .list();
    }

    /** Moves a SCHEDULED change to {@code status}; false when it is not SCHEDULED (any more). */
    boolean leaveScheduled(long id, Status status, OffsetDateTime now) {
        return jdbc.sql(
                                "UPDATE sim_state_change SET status = ?, completed_at = ? WHERE id = ? AND status = 'SCHEDULED'")
                        .params(status.name(), now, id)
                        .update()
                > 0;
    }

    void recordCounts(long id, Counts counts) {
        jdbc.sql("UPDATE sim_state_change SET requested = ?, succeeded = ?, failed = ? WHERE id = ?")
                .params(counts.requested(), counts.succeeded(), counts.failed(), id)
                .update();
    }

    private record Where(String sql, List<Object> params) {}

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("created_at", "c.created_at");
        m.put("effective_at", "c.effective_at");
        m.put("status", "c.status");
        return Collections.unmodifiableMap(m);
    }

    private static Where where(Caller caller, Status status) {
        List<Object> params = new ArrayList<>(List.of(caller.orgId()));
        String sql = " WHERE c.org_id = ?";
        if (status != null) {
            sql += " AND c.status = ?";
            params.add(status.name());
        }
        return new Where(sql, params);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Caller requester = new Caller(
                rs.getLong("org_id"),
                OrgKind.valueOf(rs.getString("org_kind")),
                Role.valueOf(rs.getString("actor_role")),
                rs.getString("actor_type"),
                SimRows.nullableLong(rs, "actor_id"),
                rs.getString("requested_by"),
                rs.getString("source_ip"));
        Integer requested = SimRows.nullableInt(rs, "requested");
        return new Row(
                rs.getLong("id"),
                requester,
                SimState.valueOf(rs.getString("target_state")),
                rs.getString("selector"),
                SimRows.instant(rs, "effective_at"),
                Status.valueOf(rs.getString("status")),
                SimRows.instant(rs, "created_at"),
                SimRows.instant(rs, "completed_at"),
                requested == null ? null : new Counts(requested, rs.getInt("succeeded"), rs.getInt("failed")));
    }
}
