package org.simfleet.app.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an organisation's policies for other features: endpoints check that the policies they name
 * exist in their organisation, and the AAA read model loads what a device may do.
 */
@Component
public class Policies {

    private final JdbcClient jdbc;

    Policies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServicePolicy> service(long orgId, long id) {
        return jdbc.sql("SELECT * FROM service_policy WHERE id = ? AND org_id = ?")
                .params(id, orgId)
                .query(PolicyRows::servicePolicy)
                .optional();
    }

    /**
     * Coverage policies by id, in one query whatever their organisations: for network events, which name SIMs of
     * many organisations in one batch and find each SIM's policy through its endpoint.
     */
    public Map<Long, CoveragePolicy> coverages(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<Long, CoveragePolicy> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM coverage_policy WHERE id IN (" + marks + ")")
                .params(List.copyOf(ids))
                .query(PolicyRows::coveragePolicy)
                .list()
                .forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** Every organisation's service policies, for the AAA read model's full load. */
    public List<ServicePolicy> allService() {
        return jdbc.sql("SELECT * FROM service_policy ORDER BY id")
                .query(PolicyRows::servicePolicy)
                .list();
    }

    /** Every organisation's coverage policies, for the AAA read model's full load. */
    public List<CoveragePolicy> allCoverage() {
        return jdbc.sql("SELECT * FROM coverage_policy ORDER BY id")
                .query(PolicyRows::coveragePolicy)
                .list();
    }

    public Optional<CoveragePolicy> coverage(long orgId, long id) {
        return jdbc.sql("SELECT * FROM coverage_policy WHERE id = ? AND org_id = ?")
                .params(id, orgId)
                .query(PolicyRows::coveragePolicy)
                .optional();
    }
}
