package org.simfleet.app.sim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the SIMs a state change is about, within the caller's scope: by ICCID in IN lists, or by batch
 * or filter in one indexed query. Only the columns a change needs are read.
 */
@Component
class SimTargets {

    /**
     * Most SIMs one state change takes. The change is one transaction that answers one result per SIM:
     * 100,000 SIMs commit in seconds and answer in about 10 MB; a bigger selection is split by filter.
     */
    static final int MAX_SIMS = 100_000;

    /** ICCIDs per IN list: few round trips, well inside every driver's parameter limit. */
    private static final int CHUNK = 1000;

    private static final String SELECT = "SELECT s.id, s.iccid, s.state, s.org_id, e.id AS endpoint_id FROM sim s"
            + " LEFT JOIN endpoint e ON e.sim_id = s.id";

    private static final SimFilter NO_FILTER = new SimFilter(List.of(), null, null, null, null, null, null, null);

    private final JdbcClient jdbc;

    SimTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SimLifecycle.Target one(Caller caller, String iccid) {
        return byIccids(caller, List.of(iccid)).values().stream()
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("SIM", iccid));
    }

    /** The caller's SIMs among {@code iccids}, by ICCID; an ICCID it cannot see is missing from the map. */
    Map<String, SimLifecycle.Target> byIccids(Caller caller, List<String> iccids) {
        SimSearch.Where scope = SimSearch.where(NO_FILTER, caller);
        Map<String, SimLifecycle.Target> found = new HashMap<>();
        for (int from = 0; from < iccids.size(); from += CHUNK) {
            List<String> chunk = iccids.subList(from, Math.min(iccids.size(), from + CHUNK));
            SimSearch.Where where = scope.and("s.iccid IN (" + "?, ".repeat(chunk.size() - 1) + "?)", chunk);
            jdbc.sql(SELECT + where.sql())
                    .params(where.params())
                    .query(SimTargets::target)
                    .list()
                    .forEach(t -> found.put(t.iccid(), t));
        }
        return found;
    }

    /** The SIMs of a batch the caller may see: the operator every batch, a customer the ones it registered. */
    List<SimLifecycle.Target> byBic(Caller caller, String bic) {
        requireBatch(caller, bic);
        return byFilter(caller, new SimFilter(List.of(), null, null, null, bic, null, null, null));
    }

    /** Answers 404 unless the caller may see the batch. */
    void requireBatch(Caller caller, String bic) {
        boolean visible = jdbc.sql("SELECT org_id FROM sim_batch WHERE bic = ?")
                .param(bic)
                .query((rs, n) -> {
                    long owner = rs.getLong("org_id");
                    return caller.isOperator() || (!rs.wasNull() && owner == caller.orgId());
                })
                .optional()
                .orElse(false);
        if (!visible) {
            throw ApiException.notFound("Batch with BIC", bic);
        }
    }

    /** The caller's SIMs matching {@code filter}, in ICCID order; more than {@link #MAX_SIMS} answers 422. */
    List<SimLifecycle.Target> byFilter(Caller caller, SimFilter filter) {
        SimSearch.Where where = SimSearch.where(filter, caller);
        List<SimLifecycle.Target> targets = jdbc.sql(SELECT + where.sql() + " ORDER BY s.iccid LIMIT " + (MAX_SIMS + 1))
                .params(where.params())
                .query(SimTargets::target)
                .list();
        if (targets.size() > MAX_SIMS) {
            throw ApiException.invalid(
                    "filter",
                    "selects more than " + MAX_SIMS + " SIMs; narrow it, e.g. by bic, state or an ICCID prefix");
        }
        return targets;
    }

    private static SimLifecycle.Target target(ResultSet rs, int n) throws SQLException {
        return new SimLifecycle.Target(
                rs.getLong("id"),
                rs.getString("iccid"),
                SimState.valueOf(rs.getString("state")),
                SimRows.nullableLong(rs, "org_id"),
                SimRows.nullableLong(rs, "endpoint_id"));
    }
}
