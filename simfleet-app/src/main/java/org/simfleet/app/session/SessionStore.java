package org.simfleet.app.session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.simfleet.app.event.EventLog;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL of the accounting store. A batch is written in one transaction with one JDBC batch per statement; every
 * statement is prepared once per connection by the driver, and the PostgreSQL driver sends the INSERT batches as
 * multi-row INSERTs (config.PostgresBatching). Lookups take the keys of a whole batch as one array parameter.
 */
@Component
class SessionStore {

    /** Counted so far: for an open session the sum of its usage records, for a closed one its final counters. */
    private static final String SESSIONS =
            """
            SELECT s.id, s.gateway_address, s.acct_session_id, s.org_id, s.sim_id, s.endpoint_id, s.started_at,
                   s.ended_at, s.duration_seconds, s.terminate_cause,
                   s.bytes_up, s.bytes_down, s.packets_up, s.packets_down,
                   COALESCE(SUM(u.bytes_up), 0) AS u_up, COALESCE(SUM(u.bytes_down), 0) AS u_down,
                   COALESCE(SUM(u.packets_up), 0) AS u_pup, COALESCE(SUM(u.packets_down), 0) AS u_pdown
            FROM data_session s LEFT JOIN usage_record u ON u.session_id = s.id AND s.ended_at IS NULL
            """;

    private static final String GROUP = " "
            + """
            GROUP BY s.id, s.gateway_address, s.acct_session_id, s.org_id, s.sim_id, s.endpoint_id, s.started_at,
                      s.ended_at, s.duration_seconds, s.terminate_cause,
                      s.bytes_up, s.bytes_down, s.packets_up, s.packets_down""";

    private static final String LOOKUP =
            """
            SELECT s.id, s.gateway_address, s.acct_session_id, s.org_id, s.sim_id, s.endpoint_id, s.started_at,
                   s.ended_at, s.duration_seconds, s.terminate_cause,
                   s.bytes_up, s.bytes_down, s.packets_up, s.packets_down
            FROM UNNEST(?, ?) AS k(gateway, acct_session_id)
            JOIN data_session s ON s.gateway_address = k.gateway AND s.acct_session_id = k.acct_session_id""";

    private static final String COUNTED =
            """
            SELECT u.session_id, SUM(u.bytes_up), SUM(u.bytes_down), SUM(u.packets_up), SUM(u.packets_down)
            FROM UNNEST(?) AS k(id) JOIN usage_record u ON u.session_id = k.id
            GROUP BY u.session_id""";

    private static final String INSERT_SESSION =
            """
            INSERT INTO data_session (id, gateway_address, acct_session_id, org_id, sim_id, endpoint_id, imsi, msisdn,
                user_name, imeisv, apn, framed_ip, rat_type, mcc, mnc, lac, cell_id, tac, eci, charging_id,
                started_at, ended_at, last_update_at, bytes_up, bytes_down, packets_up, packets_down,
                duration_seconds, terminate_cause)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_USAGE =
            """
            INSERT INTO usage_record (session_id, org_id, sim_id, endpoint_id, recorded_at, bytes_up, bytes_down,
                packets_up, packets_down, total_bytes_up, total_bytes_down)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String CLOSE_SESSION =
            """
            UPDATE data_session SET ended_at = ?, last_update_at = ?, duration_seconds = ?, terminate_cause = ?,
                bytes_up = ?, bytes_down = ?, packets_up = ?, packets_down = ?
            WHERE id = ?""";

    /** Sessions of a rebooted gateway that this node does not hold (another node's, say) end too. */
    private static final String RESET_GATEWAY =
            """
            UPDATE data_session SET ended_at = ?, last_update_at = ?, terminate_cause = 'NAS_REBOOT'
            WHERE gateway_address = ? AND ended_at IS NULL""";

    private static final int JDBC_BATCH = 4096;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventLog events;
    private final boolean postgres;
    /** Used by the writer thread only, like the store's write methods. */
    private final UsageCopy usageCopy = new UsageCopy();

    SessionStore(JdbcTemplate jdbc, TransactionTemplate tx, EventLog events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                c -> c.getMetaData().getDatabaseProductName()));
    }

    List<SessionState> openSessions() {
        return jdbc.query(SESSIONS + " WHERE s.ended_at IS NULL" + GROUP, (rs, n) -> state(rs, true));
    }

    /**
     * The sessions with these keys that exist, open or closed, in one query (and one more for the usage of those
     * open). The keys are joined from arrays, gateways included, so that each is one probe of the unique index
     * whatever the statistics say: with the gateway as a constant, PostgreSQL trusted stale statistics that the
     * gateway had a few dozen sessions and hashed all of its hundred thousand, 80 ms a batch.
     */
    List<SessionState> sessions(Collection<SessionKey> keys) {
        Object[] gateways = new Object[keys.size()];
        Object[] ids = new Object[keys.size()];
        int i = 0;
        for (SessionKey k : keys) {
            gateways[i] = k.gateway();
            ids[i++] = k.acctSessionId();
        }
        List<SessionState> found = jdbc.execute((ConnectionCallback<List<SessionState>>) c -> {
            try (PreparedStatement ps = c.prepareStatement(LOOKUP)) {
                Array gatewayArray = c.createArrayOf("VARCHAR", gateways);
                Array idArray = c.createArrayOf("VARCHAR", ids);
                ps.setArray(1, gatewayArray);
                ps.setArray(2, idArray);
                List<SessionState> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(state(rs, false));
                    }
                }
                gatewayArray.free();
                idArray.free();
                return rows;
            }
        });
        addCounted(found);
        return found;
    }

    /** Sets each open session's counters to the sums of its usage records. */
    private void addCounted(List<SessionState> sessions) {
        Map<UUID, SessionState> open = new HashMap<>();
        for (SessionState s : sessions) {
            if (!s.closed) {
                open.put(s.id, s);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNTED)) {
                Array array = c.createArrayOf(
                        c.getMetaData().getDatabaseProductName().equals("H2") ? "UUID" : "uuid",
                        open.keySet().toArray());
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SessionState s = open.get(rs.getObject(1, UUID.class));
                        s.bytesUp = rs.getLong(2);
                        s.bytesDown = rs.getLong(3);
                        s.packetsUp = rs.getLong(4);
                        s.packetsDown = rs.getLong(5);
                    }
                }
                array.free();
                return null;
            }
        });
    }

    /** IMSI → subscriber for those of {@code imsis} that are SIMs. */
    Map<String, Subscriber> subscribers(List<String> imsis) {
        return jdbc.execute((ConnectionCallback<Map<String, Subscriber>>) c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT s.imsi, s.id, s.org_id, e.id AS endpoint_id
                    FROM UNNEST(?) AS k(imsi)
                    JOIN sim s ON s.imsi = k.imsi
                    LEFT JOIN endpoint e ON e.sim_id = s.id""")) {
                Array array = c.createArrayOf("VARCHAR", imsis.toArray());
                ps.setArray(1, array);
                Map<String, Subscriber> found = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(
                                rs.getString(1),
                                new Subscriber(
                                        rs.getObject(3, Long.class), rs.getLong(2), rs.getObject(4, Long.class)));
                    }
                }
                array.free();
                return found;
            }
        });
    }

    long operatorOrgId() {
        return jdbc.queryForObject("SELECT MIN(id) FROM organisation WHERE kind = 'OPERATOR'", Long.class);
    }

    /**
     * Writes a batch in one transaction: all of it is committed, or none. A new session whose key is taken fails
     * the whole batch with {@link org.springframework.dao.DuplicateKeyException}, for the writer to read the
     * sessions it did not know and try again.
     */
    void write(BatchWrites batch) {
        if (batch.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            for (BatchWrites.GatewayReset reset : batch.resets) {
                OffsetDateTime at = utc(reset.at());
                jdbc.update(RESET_GATEWAY, at, at, reset.gateway());
            }
            if (!batch.inserts.isEmpty()) {
                jdbc.batchUpdate(INSERT_SESSION, batch.inserts, JDBC_BATCH, SessionStore::bindInsert);
            }
            if (!batch.usage.isEmpty()) {
                if (postgres) {
                    jdbc.execute((ConnectionCallback<Void>) c -> {
                        usageCopy.copy(c, batch.usage);
                        return null;
                    });
                } else {
                    jdbc.batchUpdate(INSERT_USAGE, batch.usage, JDBC_BATCH, SessionStore::bindUsage);
                }
            }
            if (!batch.closes.isEmpty()) {
                jdbc.batchUpdate(CLOSE_SESSION, batch.closes, JDBC_BATCH, SessionStore::bindClose);
            }
            if (!batch.events.isEmpty()) {
                events.publishAll(batch.events);
            }
        });
    }

    private static void bindInsert(PreparedStatement ps, SessionState s) throws SQLException {
        AccountingRecord r = s.pendingInsert;
        SessionDetails d = r.details();
        ps.setObject(1, s.id);
        ps.setString(2, s.key.gateway());
        ps.setString(3, s.key.acctSessionId());
        ps.setObject(4, s.orgId);
        ps.setObject(5, s.simId);
        ps.setObject(6, s.endpointId);
        ps.setString(7, r.imsi());
        ps.setString(8, d.msisdn());
        ps.setString(9, d.userName());
        ps.setString(10, d.imeisv());
        ps.setString(11, d.apn());
        ps.setString(12, d.framedIp());
        ps.setString(13, d.ratType());
        ps.setString(14, d.mcc());
        ps.setString(15, d.mnc());
        ps.setObject(16, d.lac());
        ps.setObject(17, d.cellId());
        ps.setObject(18, d.tac());
        ps.setObject(19, d.eci());
        ps.setObject(20, d.chargingId());
        ps.setObject(21, utc(s.startedAt));
        ps.setObject(22, s.closed ? utc(s.endedAt) : null);
        ps.setObject(23, utc(s.closed ? s.endedAt : r.eventTime()));
        // an open session's counters are its usage records' sums; the columns hold the final ones once closed
        ps.setLong(24, s.closed ? s.bytesUp : 0);
        ps.setLong(25, s.closed ? s.bytesDown : 0);
        ps.setLong(26, s.closed ? s.packetsUp : 0);
        ps.setLong(27, s.closed ? s.packetsDown : 0);
        ps.setObject(28, s.closed ? s.durationSeconds : null);
        ps.setString(29, s.closed ? s.terminateCause : null);
    }

    private static void bindUsage(PreparedStatement ps, UsageRow u) throws SQLException {
        SessionState s = u.session();
        ps.setObject(1, s.id);
        ps.setObject(2, s.orgId);
        ps.setObject(3, s.simId);
        ps.setObject(4, s.endpointId);
        ps.setObject(5, utc(u.recordedAt()));
        ps.setLong(6, u.bytesUp());
        ps.setLong(7, u.bytesDown());
        ps.setLong(8, u.packetsUp());
        ps.setLong(9, u.packetsDown());
        ps.setLong(10, u.totalBytesUp());
        ps.setLong(11, u.totalBytesDown());
    }

    private static void bindClose(PreparedStatement ps, SessionState s) throws SQLException {
        OffsetDateTime ended = utc(s.endedAt);
        ps.setObject(1, ended);
        ps.setObject(2, ended);
        ps.setObject(3, s.durationSeconds);
        ps.setString(4, s.terminateCause);
        ps.setLong(5, s.bytesUp);
        ps.setLong(6, s.bytesDown);
        ps.setLong(7, s.packetsUp);
        ps.setLong(8, s.packetsDown);
        ps.setObject(9, s.id);
    }

    /** A session from a row; {@code counted} when the row has its usage sums too. */
    private static SessionState state(ResultSet rs, boolean counted) throws SQLException {
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        Subscriber owner = new Subscriber(
                rs.getObject("org_id", Long.class),
                rs.getObject("sim_id", Long.class),
                rs.getObject("endpoint_id", Long.class));
        SessionState s = new SessionState(
                rs.getObject("id", UUID.class),
                new SessionKey(rs.getString("gateway_address"), rs.getString("acct_session_id")),
                owner,
                rs.getObject("started_at", OffsetDateTime.class).toInstant());
        boolean sums = ended == null && counted;
        s.bytesUp = rs.getLong(sums ? "u_up" : "bytes_up");
        s.bytesDown = rs.getLong(sums ? "u_down" : "bytes_down");
        s.packetsUp = rs.getLong(sums ? "u_pup" : "packets_up");
        s.packetsDown = rs.getLong(sums ? "u_pdown" : "packets_down");
        if (ended != null) {
            s.closed = true;
            s.endedAt = ended.toInstant();
            s.durationSeconds = rs.getObject("duration_seconds", Long.class);
            s.terminateCause = rs.getString("terminate_cause");
        }
        return s;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
