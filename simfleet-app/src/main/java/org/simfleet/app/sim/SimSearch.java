package org.simfleet.app.sim;

import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.tenant.Caller;

/**
 * Turns a {@link SimFilter} and the caller's scope into a WHERE clause over {@code sim s}. Every
 * condition is an equality, an IN list or a range on an indexed column, or a sub-select on an indexed
 * one, so searches and bulk selections stay index walks over a million SIMs; no request text enters
 * the SQL.
 */
final class SimSearch {

    /** {@code sql} is empty or starts with " WHERE"; {@code params} fill its placeholders in order. */
    record Where(String sql, List<Object> params) {

        /** This clause and one more condition. */
        Where and(String condition, List<?> more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(more);
            return new Where((sql.isEmpty() ? " WHERE " : sql + " AND ") + condition, all);
        }
    }

    private SimSearch() {}

    static Where where(SimFilter f, Caller caller) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!caller.isOperator()) {
            // A customer sees only the SIMs it registered; inventory and other customers' SIMs do not exist for it.
            conditions.add("s.org_id = ?");
            params.add(caller.orgId());
        }
        if (f.organisationId() != null) {
            conditions.add("s.org_id = ?");
            params.add(f.organisationId());
        }
        if (!f.states().isEmpty()) {
            conditions.add("s.state IN (" + "?, ".repeat(f.states().size() - 1) + "?)");
            f.states().forEach(s -> params.add(s.name()));
        }
        range(conditions, params, "s.iccid", f.iccid());
        range(conditions, params, "s.imsi", f.imsi());
        range(conditions, params, "s.msisdn", f.msisdn());
        if (f.bic() != null) {
            conditions.add("s.batch_id IN (SELECT id FROM sim_batch WHERE bic = ?)");
            params.add(f.bic());
        }
        if (f.endpointId() != null) {
            conditions.add("s.id IN (SELECT sim_id FROM endpoint WHERE id = ?)");
            params.add(f.endpointId());
        }
        if (f.tag() != null) {
            conditions.add(
                    "s.id IN (SELECT e2.sim_id FROM endpoint_tag t JOIN endpoint e2 ON e2.id = t.endpoint_id WHERE t.tag = ?)");
            params.add(f.tag());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static void range(List<String> conditions, List<Object> params, String column, SimFilter.Range r) {
        if (r == null) {
            return;
        }
        if (r.exact()) {
            conditions.add(column + " = ?");
            params.add(r.from());
        } else {
            conditions.add(column + " >= ? AND " + column + " <= ?");
            params.add(r.from());
            params.add(r.to());
        }
    }
}
