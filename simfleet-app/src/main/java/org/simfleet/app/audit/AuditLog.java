package org.simfleet.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries. {@link #record} and {@link #recordAll} join the caller's transaction, so the
 * entry commits with the change; {@link #recordRefusal} commits on its own, so a refused change is
 * still on record after the request's transaction rolls back.
 */
@Component
public class AuditLog {

    /**
     * One change to one object.
     *
     * @param orgId the organisation that owns the object and therefore sees the entry
     * @param action what was done, e.g. {@code SIM_STATE_CHANGE}, {@code ENDPOINT_UPDATE}
     */
    public record Change(
            long orgId,
            String action,
            String objectType,
            String objectId,
            String oldValue,
            String newValue,
            boolean succeeded) {

        public static Change ok(
                long orgId, String action, String objectType, Object objectId, Object oldValue, Object newValue) {
            return new Change(
                    orgId, action, objectType, String.valueOf(objectId), text(oldValue), text(newValue), true);
        }

        public static Change refused(
                long orgId, String action, String objectType, Object objectId, Object oldValue, Object newValue) {
            return new Change(
                    orgId, action, objectType, String.valueOf(objectId), text(oldValue), text(newValue), false);
        }

        private static String text(Object value) {
            if (value == null) {
                return null;
            }
            String s = value.toString();
            return s.length() > 4000 ? s.substring(0, 3997) + "..." : s;
        }
    }

    private static final String INSERT =
            """
            INSERT INTO audit_entry (org_id, occurred_at, action, object_type, object_id, old_value, new_value,
                                     actor_type, actor_id, actor_name, source_ip, result)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Rows per JDBC batch: big enough to amortise round trips, small enough to bound driver buffers. */
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller caller, Change change) {
        recordAll(caller, List.of(change));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Caller caller, List<Change> changes) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.batchUpdate(INSERT, changes, BATCH, (ps, c) -> {
            ps.setLong(1, c.orgId());
            ps.setObject(2, now);
            ps.setString(3, c.action());
            ps.setString(4, c.objectType());
            ps.setString(5, c.objectId());
            ps.setString(6, c.oldValue());
            ps.setString(7, c.newValue());
            ps.setString(8, caller.actorType());
            ps.setObject(9, caller.actorId());
            ps.setString(10, caller.actorName());
            ps.setString(11, caller.sourceIp());
            ps.setString(12, c.succeeded() ? "SUCCESS" : "FAILURE");
        });
    }

    /** Records a refused change in its own transaction, which commits even though the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Caller caller, Change change) {
        recordAll(caller, List.of(change));
    }

    Instant now() {
        return clock.instant();
    }
}
