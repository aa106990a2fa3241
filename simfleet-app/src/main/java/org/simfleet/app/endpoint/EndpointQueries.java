package org.simfleet.app.endpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads endpoints of the caller's organisation with their policies' names, their SIM and their tags. */
@Component
public class EndpointQueries {

    public static final Map<String, String> SORTABLE =
            Map.of("id", "e.id", "name", "e.name", "created_at", "e.created_at", "updated_at", "e.updated_at");

    /** List filters; each one that is set narrows the list. {@code name} matches any part, ignoring case. */
    public record Filter(
            String name,
            String tag,
            EndpointStatus status,
            Long servicePolicyId,
            Long coveragePolicyId,
            String simIccid,
            String imei,
            ConnectivityFilter connectivity) {}

    public record Page(List<Endpoint> items, long total) {}

    private static final String SELECT =
            """
            SELECT e.id, e.name, e.status, e.imei, e.imei_lock, e.ip_address, e.created_at, e.updated_at,
                   sp.id AS sp_id, sp.name AS sp_name, cp.id AS cp_id, cp.name AS cp_name,
                   s.id AS sim_id, s.iccid AS sim_iccid, s.state AS sim_state
            FROM endpoint e
            JOIN service_policy sp ON sp.id = e.service_policy_id
            JOIN coverage_policy cp ON cp.id = e.coverage_policy_id
            LEFT JOIN sim s ON s.id = e.sim_id""";

    private final JdbcClient jdbc;

    EndpointQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Endpoint get(Caller caller, long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id AND e.org_id = :org")
                .param("id", id)
                .param("org", caller.orgId())
                .query(EndpointQueries::endpoint)
                .optional()
                .map(e -> e.withTags(tags(List.of(id)).getOrDefault(id, List.of())))
                .orElseThrow(() -> ApiException.notFound("Endpoint", id));
    }

    public Page list(Caller caller, Filter f, PageQuery q) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE e.org_id = :org");
        params.put("org", caller.orgId());
        if (f.name() != null) {
            where.append(" AND LOWER(e.name) LIKE :name ESCAPE '\\'");
            params.put("name", "%" + likeEscaped(f.name().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM endpoint_tag t WHERE t.endpoint_id = e.id AND t.tag = :tag)");
            params.put("tag", f.tag());
        }
        filter(
                where,
                params,
                "e.status",
                "status",
                f.status() == null ? null : f.status().name());
        filter(where, params, "e.service_policy_id", "service_policy_id", f.servicePolicyId());
        filter(where, params, "e.coverage_policy_id", "coverage_policy_id", f.coveragePolicyId());
        filter(where, params, "s.iccid", "sim_iccid", f.simIccid());
        filter(where, params, "e.imei", "imei", f.imei());
        if (f.connectivity() != null) {
            where.append(" AND (").append(f.connectivity().sql()).append(")");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM endpoint e LEFT JOIN sim s ON s.id = e.sim_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Endpoint> rows = jdbc.sql(SELECT + where + q.sql("e.id"))
                .params(params)
                .query(EndpointQueries::endpoint)
                .list();
        Map<Long, List<String>> tags = tags(rows.stream().map(Endpoint::id).toList());
        List<Endpoint> items = new ArrayList<>(rows.size());
        rows.forEach(e -> items.add(e.withTags(tags.getOrDefault(e.id(), List.of()))));
        return new Page(items, total);
    }

    private static void filter(
            StringBuilder where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    private Map<Long, List<String>> tags(List<Long> endpointIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (endpointIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT endpoint_id, tag FROM endpoint_tag WHERE endpoint_id IN (:ids) ORDER BY endpoint_id, tag")
                .param("ids", endpointIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("endpoint_id"), k -> new ArrayList<>())
                            .add(rs.getString("tag"));
                });
        return out;
    }

    /** Makes % and _ in a user's search text match themselves. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Endpoint endpoint(ResultSet rs, int n) throws SQLException {
        long simId = rs.getLong("sim_id");
        Endpoint.SimRef sim =
                rs.wasNull() ? null : new Endpoint.SimRef(simId, rs.getString("sim_iccid"), rs.getString("sim_state"));
        return new Endpoint(
                rs.getLong("id"),
                rs.getString("name"),
                List.of(),
                rs.getString("imei"),
                rs.getBoolean("imei_lock"),
                EndpointStatus.valueOf(rs.getString("status")),
                rs.getString("ip_address"),
                new Endpoint.PolicyRef(rs.getLong("sp_id"), rs.getString("sp_name")),
                new Endpoint.PolicyRef(rs.getLong("cp_id"), rs.getString("cp_name")),
                sim,
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
