package org.simfleet.app.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One audit entry as the API shows it. Every field is always present, null included, so a log reader
 * sees the same shape for a creation (no old value) as for a change.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEntry(
        long id,
        long organisationId,
        Instant occurredAt,
        String action,
        String objectType,
        String objectId,
        String oldValue,
        String newValue,
        Actor actor,
        String sourceIp,
        String result) {

    /** Who made the change: a USER or application TOKEN (with its id) or SYSTEM work (no id). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Actor(String type, Long id, String name) {}

    static AuditEntry of(ResultSet rs, int n) throws SQLException {
        long actorId = rs.getLong("actor_id");
        Long actor = rs.wasNull() ? null : actorId;
        return new AuditEntry(
                rs.getLong("id"),
                rs.getLong("org_id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                new Actor(rs.getString("actor_type"), actor, rs.getString("actor_name")),
                rs.getString("source_ip"),
                rs.getString("result"));
    }
}
