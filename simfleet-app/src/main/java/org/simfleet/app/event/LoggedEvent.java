package org.simfleet.app.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One event as the API shows it. Every field is always present, null included: an event about an
 * organisation (a user, a token) has {@code sim} and {@code endpoint_id} null, and a reader should not
 * have to tell a missing field from an empty one.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LoggedEvent(
        long id,
        long organisationId,
        Instant occurredAt,
        String type,
        String typeLabel,
        String severity,
        String source,
        SimRef sim,
        Long endpointId,
        String description) {

    /** The SIM an event is about; {@code iccid} is null only if the SIM row no longer exists. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SimRef(long id, String iccid) {}

    static LoggedEvent of(ResultSet rs, int n) throws SQLException {
        long simId = rs.getLong("sim_id");
        SimRef sim = rs.wasNull() ? null : new SimRef(simId, rs.getString("iccid"));
        long endpointId = rs.getLong("endpoint_id");
        Long endpoint = rs.wasNull() ? null : endpointId;
        String type = rs.getString("type");
        return new LoggedEvent(
                rs.getLong("id"),
                rs.getLong("org_id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                type,
                label(type),
                rs.getString("severity"),
                rs.getString("source"),
                sim,
                endpoint,
                rs.getString("description"));
    }

    /** The type's label; a type written by a newer release than this one shows its name. */
    private static String label(String type) {
        for (EventType t : EventType.values()) {
            if (t.name().equals(type)) {
                return t.label();
            }
        }
        return type;
    }
}
