package org.simfleet.app.aaa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ObjLongConsumer;
import org.simfleet.app.policy.Policies;
import org.simfleet.app.sim.SimState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the model's rows: every SIM with the endpoint that holds it, in keyset-paged chunks so a million SIMs never
 * sit in one result set, or just the SIMs a change named, in IN lists of {@link #IN_CHUNK}.
 */
@Component
class ModelLoader {

    /** Rows per page of a full load: a few MB per round trip, 100 round trips for a million SIMs. */
    static final int PAGE = 10_000;
    /** Ids per IN list: well inside every database's bind-parameter limit. */
    static final int IN_CHUNK = 1_000;

    private static final String SELECT =
            """
            SELECT s.id, s.imsi, s.org_id, s.state, e.id AS endpoint_id, e.status, e.imei, e.imei_lock, e.ip_number,
                   e.service_policy_id, e.coverage_policy_id
            FROM sim s LEFT JOIN endpoint e ON e.sim_id = s.id""";

    private final JdbcTemplate jdbc;
    private final Policies policies;

    ModelLoader(JdbcTemplate jdbc, Policies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    long countSims() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM sim", Long.class);
        return count == null ? 0 : count;
    }

    /** Every SIM, by id, page by page; {@code sink} gets each with its IMSI key. */
    void all(ObjLongConsumer<Subscriber> sink) {
        long after = 0;
        while (true) {
            long[] last = {-1};
            jdbc.query(
                    SELECT + " WHERE s.id > ? ORDER BY s.id LIMIT " + PAGE,
                    rs -> {
                        last[0] = rs.getLong("id");
                        sink.accept(subscriber(rs), ImsiKey.of(rs.getString("imsi")));
                    },
                    after);
            if (last[0] < 0) {
                return;
            }
            after = last[0];
        }
    }

    /**
     * The SIMs with these ids (those that exist). Ids that lie close together (an imported batch, a bulk change of
     * one) are read as id ranges of up to {@link #PAGE}, which the primary key serves as one index range scan each;
     * scattered ids in IN lists of {@link #IN_CHUNK}.
     */
    void sims(List<Long> simIds, ObjLongConsumer<Subscriber> sink) {
        long[] ids =
                simIds.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        int from = 0;
        while (from < ids.length) {
            int to = Math.min(ids.length, from + PAGE);
            while (to - from > IN_CHUNK && !dense(ids, from, to)) {
                to = from + (to - from) / 2;
            }
            if (dense(ids, from, to)) {
                long[] wanted = Arrays.copyOfRange(ids, from, to);
                jdbc.query(
                        SELECT + " WHERE s.id BETWEEN ? AND ?",
                        rs -> {
                            if (Arrays.binarySearch(wanted, rs.getLong("id")) >= 0) {
                                sink.accept(subscriber(rs), ImsiKey.of(rs.getString("imsi")));
                            }
                        },
                        wanted[0],
                        wanted[wanted.length - 1]);
            } else {
                Object[] chunk = Arrays.stream(ids, from, to).boxed().toArray();
                jdbc.query(
                        SELECT + " WHERE s.id IN (" + String.join(",", Collections.nCopies(chunk.length, "?")) + ")",
                        rs -> {
                            sink.accept(subscriber(rs), ImsiKey.of(rs.getString("imsi")));
                        },
                        chunk);
            }
            from = to;
        }
    }

    /** Whether at least half the ids between the first and the last of {@code ids[from..to)} are wanted. */
    private static boolean dense(long[] ids, int from, int to) {
        return ids[to - 1] - ids[from] + 1 <= 2L * (to - from);
    }

    /** The SIMs held by endpoints of an organisation. */
    List<Long> simsOfEndpoints(long orgId) {
        return jdbc.queryForList(
                "SELECT sim_id FROM endpoint WHERE org_id = ? AND sim_id IS NOT NULL ORDER BY sim_id",
                Long.class,
                orgId);
    }

    List<ServiceRules> services() {
        return policies.allService().stream().map(ServiceRules::of).toList();
    }

    List<CoverageRules> coverage() {
        return policies.allCoverage().stream().map(CoverageRules::of).toList();
    }

    ServiceRules service(long orgId, long id) {
        return policies.service(orgId, id).map(ServiceRules::of).orElse(null);
    }

    CoverageRules coverage(long orgId, long id) {
        return policies.coverage(orgId, id).map(CoverageRules::of).orElse(null);
    }

    private static Subscriber subscriber(ResultSet rs) throws SQLException {
        long simId = rs.getLong("id");
        long orgId = rs.getLong("org_id");
        SimState state = SimState.valueOf(rs.getString("state"));
        long endpointId = rs.getLong("endpoint_id");
        if (rs.wasNull()) {
            return new Subscriber(simId, orgId, state, 0, false, Subscriber.NONE, Subscriber.NONE, 0, 0);
        }
        long ip = rs.getLong("ip_number");
        boolean hasIp = !rs.wasNull();
        return new Subscriber(
                simId,
                orgId,
                state,
                endpointId,
                "ENABLED".equals(rs.getString("status")),
                rs.getBoolean("imei_lock") ? Subscriber.lockedTo(rs.getString("imei")) : Subscriber.NONE,
                hasIp ? ip : Subscriber.NONE,
                rs.getLong("service_policy_id"),
                rs.getLong("coverage_policy_id"));
    }
}
