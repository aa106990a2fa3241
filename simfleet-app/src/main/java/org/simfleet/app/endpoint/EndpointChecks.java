package org.simfleet.app.endpoint;

import java.util.Objects;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.policy.Policies;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks an endpoint request against the caller's organisation: the policies must be its own and the
 * SIM visible to it, free and not terminated. Input errors are answered together (422); a SIM that is
 * taken or terminated is a conflict with the SIM's state (409), recorded as a refused assignment.
 */
@Component
class EndpointChecks {

    /** A SIM of the organisation and the endpoint that holds it, if one does. */
    record Sim(long id, String iccid, String state, Long endpointId, String endpointName, Long endpointOrgId) {}

    /** The validated fields, and the SIM when the request assigns one that the endpoint does not hold yet. */
    record Checked(EndpointSettings settings, Long simId, Sim newSim) {}

    private final JdbcClient jdbc;
    private final Policies policies;
    private final EndpointJournal journal;

    EndpointChecks(JdbcClient jdbc, Policies policies, EndpointJournal journal) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.journal = journal;
    }

    /** @param current the endpoint being changed, or null for a new one */
    Checked check(Caller caller, EndpointRequest request, Endpoint current) {
        Validation v = new Validation();
        EndpointSettings s = request.validate(v);
        if (s.servicePolicyId() != null
                && policies.service(caller.orgId(), s.servicePolicyId()).isEmpty()) {
            v.reject("service_policy_id", "no such service policy in your organisation");
        }
        if (s.coveragePolicyId() != null
                && policies.coverage(caller.orgId(), s.coveragePolicyId()).isEmpty()) {
            v.reject("coverage_policy_id", "no such coverage policy in your organisation");
        }
        String currentIccid =
                current == null || current.sim() == null ? null : current.sim().iccid();
        if (s.simIccid() == null || s.simIccid().equals(currentIccid)) {
            v.throwIfInvalid();
            return new Checked(s, s.simIccid() == null ? null : current.sim().id(), null);
        }
        // Another organisation's SIM answers exactly like a SIM that does not exist, so ICCIDs cannot be probed.
        Sim sim = sim(caller.orgId(), s.simIccid());
        if (sim == null) {
            v.reject("sim_iccid", "no such SIM in your organisation");
        }
        v.throwIfInvalid();
        if ("TERMINATED".equals(sim.state())) {
            throw journal.refused(
                    caller,
                    "SIM_ASSIGN",
                    "sim",
                    sim.iccid(),
                    ApiException.conflict(
                            "SIM " + sim.iccid() + " is TERMINATED and cannot be assigned to an endpoint"));
        }
        if (sim.endpointId() != null && (current == null || sim.endpointId() != current.id())) {
            String holder = Objects.equals(sim.endpointOrgId(), caller.orgId())
                    ? "endpoint " + sim.endpointId() + " '" + sim.endpointName() + "'"
                    : "another endpoint";
            throw journal.refused(
                    caller,
                    "SIM_ASSIGN",
                    "sim",
                    sim.iccid(),
                    ApiException.conflict("SIM " + sim.iccid() + " is assigned to " + holder
                            + " already; release it there first (PATCH that endpoint with \"sim_iccid\": null)"));
        }
        return new Checked(s, sim.id(), sim);
    }

    private Sim sim(long orgId, String iccid) {
        return jdbc.sql(
                        """
                        SELECT s.id, s.iccid, s.state, e.id AS endpoint_id, e.name AS endpoint_name, e.org_id AS endpoint_org
                        FROM sim s LEFT JOIN endpoint e ON e.sim_id = s.id
                        WHERE s.iccid = ? AND s.org_id = ?""")
                .params(iccid, orgId)
                .query((rs, n) -> new Sim(
                        rs.getLong("id"),
                        rs.getString("iccid"),
                        rs.getString("state"),
                        rs.getObject("endpoint_id", Long.class),
                        rs.getString("endpoint_name"),
                        rs.getObject("endpoint_org", Long.class)))
                .optional()
                .orElse(null);
    }
}
