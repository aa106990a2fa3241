package org.simfleet.app.network;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes {@code network_registration} a batch at a time: one locking read for every SIM of a batch, then one
 * JDBC batch of inserts and one of updates, whatever the number of events.
 */
@Component
class RegistrationStore {

    private static final String INSERT =
            """
            INSERT INTO network_registration (org_id, attached, domain, mcc, mnc, rat_type, node, lac, tac, cell_id,
                                              blocked_reason, since, updated_at, sim_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE =
            """
            UPDATE network_registration SET org_id = ?, attached = ?, domain = ?, mcc = ?, mnc = ?, rat_type = ?,
                   node = ?, lac = ?, tac = ?, cell_id = ?, blocked_reason = ?, since = ?, updated_at = ?
            WHERE sim_id = ?""";

    private final JdbcTemplate jdbc;

    RegistrationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current rows of these SIMs, locked until the transaction ends, so two batches about one SIM apply one after
     * the other. A SIM without a row has nothing to lock; two batches inserting its first row together make the later
     * insert fail on the primary key, and the service runs that batch again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, Registration> lock(Collection<Long> simIds) {
        if (simIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(simIds.size(), "?"));
        Map<Long, Registration> rows = new HashMap<>();
        jdbc.query(
                "SELECT * FROM network_registration WHERE sim_id IN (" + marks + ") ORDER BY sim_id FOR UPDATE",
                rs -> {
                    Registration r = row(rs);
                    rows.put(r.simId(), r);
                },
                simIds.toArray());
        return rows;
    }

    /** Writes the rows that are new or differ from what {@link #lock} read. */
    @Transactional(propagation = Propagation.MANDATORY)
    void save(Map<Long, Registration> read, Collection<Registration> current) {
        List<Registration> inserts =
                current.stream().filter(r -> !read.containsKey(r.simId())).toList();
        List<Registration> updates = current.stream()
                .filter(r -> read.containsKey(r.simId()) && !r.equals(read.get(r.simId())))
                .toList();
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, inserts, NetworkEventBatch.MAX, RegistrationStore::bind);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(UPDATE, updates, NetworkEventBatch.MAX, RegistrationStore::bind);
        }
    }

    /** Both statements take the same parameters in the same order, the key last. */
    private static void bind(PreparedStatement ps, Registration r) throws SQLException {
        ps.setLong(1, r.orgId());
        ps.setBoolean(2, r.attached());
        text(ps, 3, r.domain());
        text(ps, 4, r.mcc());
        text(ps, 5, r.mnc());
        text(ps, 6, r.ratType());
        text(ps, 7, r.node());
        number(ps, 8, r.lac(), Types.INTEGER);
        number(ps, 9, r.tac(), Types.INTEGER);
        number(ps, 10, r.cellId(), Types.BIGINT);
        text(ps, 11, r.blockedReason());
        ps.setObject(12, r.since().atOffset(ZoneOffset.UTC));
        ps.setObject(13, r.updatedAt().atOffset(ZoneOffset.UTC));
        ps.setLong(14, r.simId());
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void number(PreparedStatement ps, int index, Number value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value, type);
        }
    }

    private static Registration row(ResultSet rs) throws SQLException {
        return new Registration(
                rs.getLong("sim_id"),
                rs.getLong("org_id"),
                rs.getBoolean("attached"),
                rs.getString("domain"),
                rs.getString("mcc"),
                rs.getString("mnc"),
                rs.getString("rat_type"),
                rs.getString("node"),
                rs.getObject("lac", Integer.class),
                rs.getObject("tac", Integer.class),
                rs.getObject("cell_id", Long.class),
                rs.getString("blocked_reason"),
                instant(rs, "since"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
