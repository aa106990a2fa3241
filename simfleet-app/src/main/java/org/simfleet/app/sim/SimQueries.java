package org.simfleet.app.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads SIMs: one by ICCID, or a page of a search, always within the caller's scope. */
@Service
public class SimQueries {

    /**
     * API sort names → columns. The identifiers and state walk an index; created_at and state_changed_at
     * sort the matching rows.
     */
    public static final Map<String, String> SORTABLE = sortable();

    /** Sort columns that already order SIMs completely, so no tiebreaker is needed after them. */
    private static final java.util.Set<String> UNIQUE = java.util.Set.of("s.iccid", "s.imsi");

    public record Page(List<Sim> items, long total) {}

    private final JdbcClient jdbc;

    SimQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Sim get(Caller caller, String iccid) {
        SimSearch.Where where =
                SimSearch.where(new SimFilter(List.of(), exact(iccid), null, null, null, null, null, null), caller);
        return jdbc.sql("SELECT " + SimRows.COLUMNS + SimRows.FROM + where.sql())
                .params(where.params())
                .query(SimRows::sim)
                .optional()
                .orElseThrow(() -> ApiException.notFound("SIM", iccid));
    }

    public Page search(Caller caller, SimFilter filter, PageQuery page) {
        SimSearch.Where where = SimSearch.where(filter, caller);
        long total = jdbc.sql("SELECT COUNT(*) FROM sim s" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Sim> items = total <= page.offset()
                ? List.of()
                : jdbc.sql("SELECT " + SimRows.COLUMNS + SimRows.FROM + where.sql() + page.sql("s.id", UNIQUE))
                        .params(where.params())
                        .query(SimRows::sim)
                        .list();
        return new Page(items, total);
    }

    private static SimFilter.Range exact(String iccid) {
        return new SimFilter.Range(iccid, iccid);
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("iccid", "s.iccid");
        m.put("imsi", "s.imsi");
        m.put("msisdn", "s.msisdn");
        m.put("state", "s.state");
        m.put("created_at", "s.created_at");
        m.put("state_changed_at", "s.state_changed_at");
        return Collections.unmodifiableMap(m);
    }
}
