package org.simfleet.app.policy;

import java.util.List;
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
