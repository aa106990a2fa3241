package org.simfleet.app.audit;

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
 * Reads the audit log: a customer its own organisation's entries, the platform operator every
 * organisation's. The per-object views first check that the caller may see the object, then read the
 * entries recorded for it ({@code sim} entries are keyed by ICCID, {@code endpoint} entries by id).
 */
@Service
public class AuditSearch {

    public static final Map<String, String> SORTABLE = Map.of("occurred_at", "occurred_at", "id", "id");
    public static final String DEFAULT_SORT = "-occurred_at,-id";

    public record Found(List<AuditEntry> items, long total) {}

    private final JdbcClient jdbc;
    private final LoggedObjects objects;

    AuditSearch(JdbcClient jdbc, LoggedObjects objects) {
        this.jdbc = jdbc;
        this.objects = objects;
    }

    @Transactional(readOnly = true)
    public Found search(Caller caller, AuditFilter filter, PageQuery page) {
        return find(filter.where(caller), page);
    }

    @Transactional(readOnly = true)
    public Found forSim(Caller caller, String iccid, AuditFilter filter, PageQuery page) {
        objects.visibleSim(caller, iccid);
        return find(filter.of("sim", iccid).where(caller), page);
    }

    @Transactional(readOnly = true)
    public Found forEndpoint(Caller caller, long endpointId, AuditFilter filter, PageQuery page) {
        objects.requireVisibleEndpoint(caller, endpointId);
        return find(filter.of("endpoint", Long.toString(endpointId)).where(caller), page);
    }

    private Found find(LogFilter where, PageQuery page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql())
                .params(where.args())
                .query(Long.class)
                .single();
        List<AuditEntry> items = total == 0
                ? List.of()
                : jdbc.sql("SELECT * FROM audit_entry" + where.sql() + page.sql("id"))
                        .params(where.args())
                        .query(AuditEntry::of)
                        .list();
        return new Found(items, total);
    }
}
