package org.simfleet.app.endpoint;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.simfleet.app.sim.SimsTerminated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a terminated SIM off its endpoint, as emnify and Jasper do when a SIM is deleted: the device may
 * then get a new SIM, and the old one no longer shows as its connectivity. Runs in the terminating
 * transaction and writes the release to the audit log under the endpoint's organisation.
 */
@Component
class TerminatedSimRelease {

    /** SIM ids per IN list: well below every database's bind-parameter limit. */
    private static final int CHUNK = 1000;

    private record Held(long endpointId, long orgId, String name, long simId, String iccid) {}

    private final JdbcTemplate jdbc;
    private final EndpointJournal journal;
    private final Clock clock;

    TerminatedSimRelease(JdbcTemplate jdbc, EndpointJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.clock = clock;
    }

    @EventListener
    void release(SimsTerminated terminated) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<Long> ids = terminated.simIds();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Held> held = jdbc.query(
                    "SELECT e.id, e.org_id, e.name, s.id AS sim_id, s.iccid FROM endpoint e JOIN sim s ON s.id = e.sim_id"
                            + " WHERE e.sim_id IN (" + in + ")",
                    (rs, n) -> new Held(
                            rs.getLong("id"),
                            rs.getLong("org_id"),
                            rs.getString("name"),
                            rs.getLong("sim_id"),
                            rs.getString("iccid")),
                    chunk.toArray());
            jdbc.batchUpdate("UPDATE endpoint SET sim_id = NULL, updated_at = ? WHERE id = ?", held, CHUNK, (ps, h) -> {
                ps.setObject(1, now);
                ps.setLong(2, h.endpointId());
            });
            for (Held h : held) {
                journal.simReleased(terminated.caller(), h.orgId(), h.simId(), h.iccid(), h.endpointId(), h.name());
            }
        }
    }
}
