package org.simfleet.app.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.history.TimeWindow;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the sessions of an endpoint or a SIM. A customer sees its own organisation's; the platform operator, who runs
 * the network, sees every one. Open sessions' counters are summed from their usage records, which is where the
 * Interim-Updates are counted (the session row gets its final counters at Stop).
 */
@Component
public class SessionQueries {

    public static final Map<String, String> SORTABLE = Map.of("started_at", "s.started_at");

    /** List filters: {@code window} on started_at, {@code open} true or false or null for both. */
    public record Filter(TimeWindow window, Boolean open) {}

    public record Page(List<DataSession> items, long total) {}

    private static final String SELECT =
            """
            SELECT s.id, s.endpoint_id, s.sim_id, s.imsi, s.msisdn, s.imeisv, s.apn, s.framed_ip, s.rat_type, s.mcc,
                   s.mnc, s.lac, s.cell_id, s.tac, s.eci, s.gateway_address, s.acct_session_id, s.charging_id,
                   s.started_at, s.ended_at, s.duration_seconds, s.bytes_up, s.bytes_down, s.packets_up,
                   s.packets_down, s.terminate_cause
            FROM data_session s""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page ofEndpoint(Caller caller, long endpointId, Filter filter, PageQuery q) {
        requireEndpoint(caller, endpointId);
        return list(caller, "s.endpoint_id", endpointId, filter, q);
    }

    Page ofSim(Caller caller, String iccid, Filter filter, PageQuery q) {
        return list(caller, "s.sim_id", simId(caller, iccid), filter, q);
    }

    DataSession oneOfEndpoint(Caller caller, long endpointId, UUID sessionId) {
        requireEndpoint(caller, endpointId);
        return one(caller, "s.endpoint_id", endpointId, sessionId);
    }

    DataSession oneOfSim(Caller caller, String iccid, UUID sessionId) {
        return one(caller, "s.sim_id", simId(caller, iccid), sessionId);
    }

    private void requireEndpoint(Caller caller, long id) {
        boolean visible = jdbc.sql("SELECT COUNT(*) FROM endpoint WHERE id = ? AND (? OR org_id = ?)")
                        .params(id, caller.isOperator(), caller.orgId())
                        .query(Long.class)
                        .single()
                > 0;
        if (!visible) {
            throw ApiException.notFound("Endpoint", id);
        }
    }

    private long simId(Caller caller, String iccid) {
        return jdbc.sql("SELECT id FROM sim WHERE iccid = ? AND (? OR org_id = ?)")
                .params(iccid, caller.isOperator(), caller.orgId())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> ApiException.notFound("SIM", iccid));
    }

    private Page list(Caller caller, String column, long id, Filter f, PageQuery q) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE " + column + " = :id AND (:operator OR s.org_id = :org)");
        params.put("id", id);
        params.put("operator", caller.isOperator());
        params.put("org", caller.orgId());
        if (f.window().from() != null) {
            where.append(" AND s.started_at >= :from");
            params.put("from", utc(f.window().from()));
        }
        if (f.window().to() != null) {
            where.append(" AND s.started_at < :to");
            params.put("to", utc(f.window().to()));
        }
        if (f.open() != null) {
            where.append(f.open() ? " AND s.ended_at IS NULL" : " AND s.ended_at IS NOT NULL");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM data_session s" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<DataSession> rows = jdbc.sql(SELECT + where + q.sql("s.id"))
                .params(params)
                .query(this::session)
                .list();
        return new Page(withCountedSoFar(rows), total);
    }

    private DataSession one(Caller caller, String column, long id, UUID sessionId) {
        return jdbc.sql(SELECT + " WHERE s.id = :session AND " + column + " = :id AND (:operator OR s.org_id = :org)")
                .param("session", sessionId)
                .param("id", id)
                .param("operator", caller.isOperator())
                .param("org", caller.orgId())
                .query(this::session)
                .optional()
                .map(s -> withCountedSoFar(List.of(s)).get(0))
                .orElseThrow(() -> ApiException.notFound("Session", sessionId));
    }

    /** Open sessions get the sums of their usage records, in one query for the page. */
    private List<DataSession> withCountedSoFar(List<DataSession> rows) {
        List<UUID> open =
                rows.stream().filter(DataSession::open).map(DataSession::id).toList();
        if (open.isEmpty()) {
            return rows;
        }
        Map<UUID, long[]> sums = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT session_id, SUM(bytes_up), SUM(bytes_down), SUM(packets_up), SUM(packets_down)
                        FROM usage_record WHERE session_id IN (:ids) GROUP BY session_id""")
                .param("ids", open)
                .query(rs -> {
                    sums.put(
                            rs.getObject(1, UUID.class),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        List<DataSession> out = new ArrayList<>(rows.size());
        for (DataSession s : rows) {
            long[] c = s.open() ? sums.get(s.id()) : null;
            out.add(c == null ? s : s.withCounters(c[0], c[1], c[2], c[3]));
        }
        return out;
    }

    private DataSession session(ResultSet rs, int n) throws SQLException {
        Instant started = rs.getObject("started_at", OffsetDateTime.class).toInstant();
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        Long duration = ended != null
                ? rs.getObject("duration_seconds", Long.class)
                : Long.valueOf(Math.max(0, clock.instant().getEpochSecond() - started.getEpochSecond()));
        DataSession.Cell cell = new DataSession.Cell(
                rs.getObject("lac", Integer.class),
                rs.getObject("cell_id", Long.class),
                rs.getObject("tac", Integer.class),
                rs.getObject("eci", Long.class));
        return new DataSession(
                rs.getObject("id", UUID.class),
                ended == null,
                rs.getObject("endpoint_id", Long.class),
                rs.getObject("sim_id", Long.class),
                rs.getString("imsi"),
                rs.getString("msisdn"),
                rs.getString("imeisv"),
                rs.getString("apn"),
                rs.getString("framed_ip"),
                rs.getString("rat_type"),
                rs.getString("mcc"),
                rs.getString("mnc"),
                cell.lac() == null && cell.cellId() == null && cell.tac() == null && cell.eci() == null ? null : cell,
                rs.getString("gateway_address"),
                rs.getString("acct_session_id"),
                rs.getObject("charging_id", Long.class),
                started,
                ended == null ? null : ended.toInstant(),
                duration,
                rs.getLong("bytes_up"),
                rs.getLong("bytes_down"),
                rs.getLong("packets_up"),
                rs.getLong("packets_down"),
                rs.getString("terminate_cause"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
