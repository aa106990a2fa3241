package org.simfleet.app.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends events in the caller's transaction, so an event exists exactly when what it reports does. */
@Component
public class EventLog {

    public enum Severity {
        INFO,
        WARN,
        CRITICAL
    }

    public enum Source {
        API,
        POLICY,
        NETWORK,
        SYSTEM
    }

    /** An event to append; {@code simId} and {@code endpointId} may be null. */
    public record NewEvent(
            long orgId,
            EventType type,
            Severity severity,
            Source source,
            Long simId,
            Long endpointId,
            String description) {

        public static NewEvent api(long orgId, EventType type, Long simId, Long endpointId, String description) {
            return new NewEvent(orgId, type, Severity.INFO, Source.API, simId, endpointId, description);
        }
    }

    private static final String INSERT =
            """
            INSERT INTO event (org_id, occurred_at, type, severity, source, sim_id, endpoint_id, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EventLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(NewEvent event) {
        publishAll(List.of(event));
    }

    /** An event that happened before it is recorded, e.g. a network event the HLR reports in a later batch. */
    public record Dated(NewEvent event, Instant occurredAt) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAll(List<NewEvent> events) {
        Instant now = clock.instant();
        publishDated(events.stream().map(e -> new Dated(e, now)).toList());
    }

    /** Appends events with the times they occurred, in one JDBC batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishDated(List<Dated> events) {
        jdbc.batchUpdate(INSERT, events, 1000, (ps, d) -> {
            NewEvent e = d.event();
            ps.setLong(1, e.orgId());
            ps.setObject(2, d.occurredAt().atOffset(ZoneOffset.UTC));
            ps.setString(3, e.type().name());
            ps.setString(4, e.severity().name());
            ps.setString(5, e.source().name());
            ps.setObject(6, e.simId());
            ps.setObject(7, e.endpointId());
            ps.setString(8, e.description().length() > 2000 ? e.description().substring(0, 2000) : e.description());
        });
    }
}
