package org.simfleet.app.event;

import java.util.List;
import java.util.Map;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.history.LogFilter;
import org.simfleet.app.history.LoggedObjects;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the event log: a customer its own organisation's events, the platform operator every
 * organisation's. Events name their SIM by id; the ICCID people know it by comes from a join, which
 * is also what the {@code sim} filter matches.
 */
@Service
public class EventSearch {

    public static final Map<String, String> SORTABLE = Map.of("occurred_at", "e.occurred_at", "id", "e.id");
    public static final String DEFAULT_SORT = "-occurred_at,-id";

    private static final String FROM = " FROM event e LEFT JOIN sim s ON s.id = e.sim_id";

    public record Found(List<LoggedEvent> items, long total) {}

    private final JdbcClient jdbc;
    private final LoggedObjects objects;

    EventSearch(JdbcClient jdbc, LoggedObjects objects) {
        this.jdbc = jdbc;
        this.objects = objects;
    }

    @Transactional(readOnly = true)
    public Found search(Caller caller, EventFilter filter, PageQuery page) {
        return find(filter.where(caller), page);
    }

    @Transactional(readOnly = true)
    Found forSim(Caller caller, String iccid, EventFilter filter, PageQuery page) {
        long simId = objects.visibleSim(caller, iccid);
        return find(filter.ofSim(simId).where(caller), page);
    }

    @Transactional(readOnly = true)
    public Found forEndpoint(Caller caller, long endpointId, EventFilter filter, PageQuery page) {
        objects.requireVisibleEndpoint(caller, endpointId);
        return find(filter.ofEndpoint(endpointId).where(caller), page);
    }

    private Found find(LogFilter where, PageQuery page) {
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + where.sql())
                .params(where.args())
                .query(Long.class)
                .single();
        List<LoggedEvent> items = total == 0
                ? List.of()
                : jdbc.sql("SELECT e.*, s.iccid" + FROM + where.sql() + page.sql("e.id"))
                        .params(where.args())
                        .query(LoggedEvent::of)
                        .list();
        return new Found(items, total);
    }
}
