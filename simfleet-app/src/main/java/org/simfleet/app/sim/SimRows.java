package org.simfleet.app.sim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The SELECT list of a SIM with its batch and endpoint, and the mapping of its rows. */
final class SimRows {

    /** Columns of {@link #sim}; FROM clause {@link #FROM}. */
    static final String COLUMNS =
            """
            s.iccid, s.imsi, s.msisdn, s.form_factor, s.quality_grade, s.state, s.org_id, s.state_changed_at,
            s.created_at, b.bic, e.id AS endpoint_id, e.name AS endpoint_name""";

    static final String FROM =
            " FROM sim s JOIN sim_batch b ON b.id = s.batch_id LEFT JOIN endpoint e ON e.sim_id = s.id";

    private SimRows() {}

    static Sim sim(ResultSet rs, int n) throws SQLException {
        SimState state = SimState.valueOf(rs.getString("state"));
        long endpointId = rs.getLong("endpoint_id");
        Sim.EndpointRef endpoint = rs.wasNull() ? null : new Sim.EndpointRef(endpointId, rs.getString("endpoint_name"));
        return new Sim(
                rs.getString("iccid"),
                rs.getString("imsi"),
                rs.getString("msisdn"),
                FormFactor.valueOf(rs.getString("form_factor")),
                QualityGrade.valueOf(rs.getString("quality_grade")),
                state,
                state.passesTraffic(),
                rs.getString("bic"),
                nullableLong(rs, "org_id"),
                endpoint,
                instant(rs, "state_changed_at"),
                instant(rs, "created_at"));
    }

    /**
     * The current time as the database keeps it: UTC, in microseconds (PostgreSQL's and H2's timestamp
     * precision), so what an answer shows equals what a later read returns.
     */
    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
