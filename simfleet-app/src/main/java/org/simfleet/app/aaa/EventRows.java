package org.simfleet.app.aaa;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of decision events as ONE multi-row INSERT (one statement, one commit, one WAL flush on PostgreSQL)
 * into the {@code event} table the event log API reads: type CREATE_PDP_CONTEXT or PDP_CONTEXT_REJECTED (WARN),
 * source NETWORK. Events without an owner go to the platform operator's log.
 */
@Component
class EventRows {

    /** Rows per statement: 8 parameters each stays far below PostgreSQL's 65,535 bind-parameter limit. */
    static final int MAX_ROWS = 1_000;

    private static final String INSERT =
            "INSERT INTO event (org_id, occurred_at, type, severity, source, sim_id, endpoint_id, description) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
    /** The statement for a full batch, the usual one under load, built once (and so prepared once by the driver). */
    private static final String FULL = sql(MAX_ROWS);

    private final JdbcTemplate jdbc;
    private volatile long operatorOrgId;

    EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the events (at most {@link #MAX_ROWS}); answers how many it had to leave out for want of an owner. */
    int write(List<DecisionEvent> events) {
        long operator = operator();
        List<DecisionEvent> rows = new ArrayList<>(events.size());
        for (DecisionEvent e : events) {
            if (e.orgId() != 0 || operator != 0) {
                rows.add(e);
            }
        }
        if (rows.isEmpty()) {
            return events.size();
        }
        jdbc.update(rows.size() == MAX_ROWS ? FULL : sql(rows.size()), ps -> {
            int p = 1;
            for (DecisionEvent e : rows) {
                p = bind(ps, p, e, operator);
            }
        });
        return events.size() - rows.size();
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement ps, int p, DecisionEvent e, long operator) throws SQLException {
        ps.setLong(p++, e.orgId() != 0 ? e.orgId() : operator);
        ps.setObject(p++, Instant.ofEpochMilli(e.occurredAtMillis()).atOffset(ZoneOffset.UTC));
        ps.setString(p++, (e.accepted() ? EventType.CREATE_PDP_CONTEXT : EventType.PDP_CONTEXT_REJECTED).name());
        ps.setString(p++, (e.accepted() ? EventLog.Severity.INFO : EventLog.Severity.WARN).name());
        ps.setString(p++, EventLog.Source.NETWORK.name());
        ps.setObject(p++, e.simId() == 0 ? null : e.simId());
        ps.setObject(p++, e.endpointId() == 0 ? null : e.endpointId());
        String description = e.description();
        ps.setString(p++, description.length() > 2000 ? description.substring(0, 2000) : description);
        return p;
    }

    /** The operator's organisation, looked up once it exists (on a new database it is created after startup). */
    private long operator() {
        long id = operatorOrgId;
        if (id == 0) {
            id =
                    jdbc
                            .queryForList("SELECT id FROM organisation WHERE kind = 'OPERATOR' ORDER BY id", Long.class)
                            .stream()
                            .findFirst()
                            .orElse(0L);
            operatorOrgId = id;
        }
        return id;
    }
}
