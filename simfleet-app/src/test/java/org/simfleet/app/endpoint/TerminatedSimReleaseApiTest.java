package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.auditRows;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.policies;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Terminating a SIM takes it off its endpoint in the same commit, on record in the audit log. */
class TerminatedSimReleaseApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private long endpointWithSim(Customer c, String iccid) {
        Map<String, Object> body = endpoint("Tracker", policies(c.admin()));
        body.put("sim_iccid", iccid);
        return create(c.user(), body);
    }

    @Test
    void terminatingASimReleasesItFromItsEndpoint() {
        Customer c = Customer.create(this, operator(), unique("TerminateRelease"));
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        long id = endpointWithSim(c, iccid);

        assertThat(c.admin()
                        .patch("/api/v1/sims/" + iccid, Map.of("state", "TERMINATED"))
                        .status())
                .isEqualTo(200);

        assertThat(c.admin().get(PATH + "/" + id).json().get("sim").isNull()).isTrue();
        assertThat(auditRows(jdbc, "sim", iccid))
                .extracting(r -> r.get("action"))
                .contains("SIM_RELEASE");
    }

    @Test
    void bulkTerminationReleasesEverySim() {
        Customer c = Customer.create(this, operator(), unique("BulkTerminateRelease"));
        String first = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        String second = EndpointTestSims.insertOne(jdbc, c.id(), "SUSPENDED");
        endpointWithSim(c, first);
        endpointWithSim(c, second);

        c.admin()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "TERMINATED", "iccids", List.of(first, second)));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM endpoint WHERE org_id = ? AND sim_id IS NOT NULL", Long.class, c.id()))
                .isZero();
    }

    @Test
    void suspendingASimKeepsItOnItsEndpoint() {
        Customer c = Customer.create(this, operator(), unique("SuspendKeeps"));
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        long id = endpointWithSim(c, iccid);

        c.admin().patch("/api/v1/sims/" + iccid, Map.of("state", "SUSPENDED"));

        assertThat(c.admin().get(PATH + "/" + id).json().get("sim").get("iccid").asText())
                .isEqualTo(iccid);
    }
}
