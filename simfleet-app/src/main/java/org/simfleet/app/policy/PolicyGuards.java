package org.simfleet.app.policy;

import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conflicts both policy kinds refuse alike: a name the organisation uses already, and deleting a
 * policy endpoints still depend on. Each refusal is recorded before it is thrown.
 */
@Component
class PolicyGuards {

    /** A policy kind: its table (also its audit object type), the endpoint column naming it, and its name. */
    enum Kind {
        SERVICE("service_policy", "service_policy_id", "service policy"),
        COVERAGE("coverage_policy", "coverage_policy_id", "coverage policy");

        final String table;
        final String endpointColumn;
        final String label;

        Kind(String table, String endpointColumn, String label) {
            this.table = table;
            this.endpointColumn = endpointColumn;
            this.label = label;
        }
    }

    private final JdbcClient jdbc;
    private final PolicyAudit audit;

    PolicyGuards(JdbcClient jdbc, PolicyAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void refuseTakenName(Caller caller, Kind kind, String action, Object id, String name) {
        long taken = jdbc.sql("SELECT COUNT(*) FROM " + kind.table + " WHERE org_id = ? AND name = ?")
                .params(caller.orgId(), name)
                .query(Long.class)
                .single();
        if (taken > 0) {
            throw audit.refused(
                    caller,
                    action,
                    kind.table,
                    id,
                    ApiException.conflict("Your organisation has a " + kind.label + " named '" + name + "' already"));
        }
    }

    void refuseInUse(Caller caller, Kind kind, String action, long id, String name) {
        long users = jdbc.sql("SELECT COUNT(*) FROM endpoint WHERE " + kind.endpointColumn + " = ? AND org_id = ?")
                .params(id, caller.orgId())
                .query(Long.class)
                .single();
        if (users > 0) {
            String label = Character.toUpperCase(kind.label.charAt(0)) + kind.label.substring(1);
            throw audit.refused(
                    caller,
                    action,
                    kind.table,
                    id,
                    ApiException.conflict(
                            label + " " + id + " '" + name + "' is used by " + users
                                    + " endpoint(s); give them another " + kind.label + " first",
                            Map.of("endpoint_count", users)));
        }
    }
}
