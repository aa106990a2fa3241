package org.simfleet.app.network;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.sim.SimState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the SIMs a batch of network events names, with their endpoints, in one query for the whole batch. */
@Component
class Subscribers {

    private final JdbcClient jdbc;

    Subscribers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SIMs with these IMSIs by IMSI; an IMSI no SIM has is absent. At most {@link NetworkEventBatch#MAX}. */
    Map<String, Subscriber> byImsi(Collection<String> imsis) {
        if (imsis.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(imsis.size(), "?"));
        Map<String, Subscriber> found = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT s.id, s.imsi, s.org_id, s.state, e.id AS endpoint_id, e.status, e.coverage_policy_id
                        FROM sim s LEFT JOIN endpoint e ON e.sim_id = s.id
                        WHERE s.imsi IN (%s)"""
                                .formatted(marks))
                .params(List.copyOf(imsis))
                .query((rs, n) -> new Subscriber(
                        rs.getLong("id"),
                        rs.getString("imsi"),
                        rs.getObject("org_id", Long.class),
                        SimState.valueOf(rs.getString("state")),
                        rs.getObject("endpoint_id", Long.class),
                        "ENABLED".equals(rs.getString("status")),
                        rs.getObject("coverage_policy_id", Long.class)))
                .list()
                .forEach(s -> found.put(s.imsi(), s));
        return found;
    }
}
