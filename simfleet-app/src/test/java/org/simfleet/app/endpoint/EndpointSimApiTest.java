package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.auditRows;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.events;
import static org.simfleet.app.endpoint.EndpointFixtures.patch;
import static org.simfleet.app.endpoint.EndpointFixtures.policies;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A SIM serves at most one endpoint, must be the organisation's own and not terminated. */
class EndpointSimApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> withSim(String name, EndpointFixtures.Policies p, String iccid) {
        Map<String, Object> body = endpoint(name, p);
        body.put("sim_iccid", iccid);
        return body;
    }

    private long simId(String iccid) {
        return jdbc.queryForObject("SELECT id FROM sim WHERE iccid = ?", Long.class, iccid);
    }

    @Test
    void assignsTheSimGivenOnCreate() {
        Customer c = Customer.create(this, operator(), unique("SimAssign"));
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");

        Api.Response r = c.user().post(PATH, withSim("Tracker", policies(c.admin()), iccid));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("sim").get("iccid").asText()).isEqualTo(iccid);
        assertThat(r.json().get("sim").get("state").asText()).isEqualTo("ACTIVE");
        assertThat(r.json().get("sim").has("id")).isFalse();
    }

    @Test
    void assignmentIsAuditedUnderTheIccidAndEvented() {
        Customer c = Customer.create(this, operator(), unique("SimAssignAudit"));
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        long id = create(c.user(), withSim("Tracker", policies(c.admin()), iccid));

        assertThat(auditRows(jdbc, "sim", iccid)).singleElement().satisfies(row -> {
            assertThat(row.get("action")).isEqualTo("SIM_ASSIGN");
            assertThat(row.get("new_value")).isEqualTo("endpoint=" + id);
        });
        assertThat(events(jdbc, c.id(), "SIM_ASSIGNED")).singleElement().satisfies(e -> {
            assertThat(((Number) e.get("sim_id")).longValue()).isEqualTo(simId(iccid));
            assertThat(((Number) e.get("endpoint_id")).longValue()).isEqualTo(id);
        });
    }

    @Test
    void anotherOrganisationsSimIsRefusedLikeOneThatDoesNotExist() {
        Customer c = Customer.create(this, operator(), unique("SimForeign"));
        Customer owner = Customer.create(this, operator(), unique("SimOwner"));
        String foreign = EndpointTestSims.insertOne(jdbc, owner.id(), "ACTIVE");

        Api.Response r = c.user().post(PATH, withSim("Thief", policies(c.admin()), foreign));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("sim_iccid");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).isEqualTo("no such SIM in your organisation");
        assertThat(auditRows(jdbc, "sim", foreign)).isEmpty();
    }

    @Test
    void simAlreadyOnAnotherEndpointAnswers409() {
        Customer c = Customer.create(this, operator(), unique("SimTaken"));
        EndpointFixtures.Policies p = policies(c.admin());
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        long first = create(c.user(), withSim("First", p, iccid));
        long second = create(c.user(), endpoint("Second", p));

        Api.Response r = c.user().patch(PATH + "/" + second, Map.of("sim_iccid", iccid));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).contains("endpoint " + first);
        assertThat(c.user()
                        .get(PATH + "/" + first)
                        .json()
                        .get("sim")
                        .get("iccid")
                        .asText())
                .isEqualTo(iccid);
        assertThat(c.user().get(PATH + "/" + second).json().get("sim").isNull()).isTrue();
        assertThat(auditRows(jdbc, "sim", iccid))
                .extracting(row -> row.get("action") + " " + row.get("result"))
                .containsExactly("SIM_ASSIGN SUCCESS", "SIM_ASSIGN FAILURE");
    }

    @Test
    void terminatedSimAnswers409AndNoEndpointIsCreated() {
        Customer c = Customer.create(this, operator(), unique("SimTerminated"));
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "TERMINATED");

        Api.Response r = c.user().post(PATH, withSim("Late", policies(c.admin()), iccid));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).contains("TERMINATED");
        assertThat(EndpointFixtures.endpointCount(jdbc, c.id())).isZero();
    }

    @Test
    void nullSimIccidReleasesTheSimForAnotherEndpoint() {
        Customer c = Customer.create(this, operator(), unique("SimRelease"));
        EndpointFixtures.Policies p = policies(c.admin());
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        long first = create(c.user(), withSim("First", p, iccid));

        Api.Response released = c.user().patch(PATH + "/" + first, patch("sim_iccid", null));
        Api.Response taken = c.user().post(PATH, withSim("Second", p, iccid));

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().get("sim").isNull()).isTrue();
        assertThat(taken.status()).isEqualTo(201);
        assertThat(auditRows(jdbc, "sim", iccid))
                .extracting(row -> row.get("action"))
                .containsExactly("SIM_ASSIGN", "SIM_RELEASE", "SIM_ASSIGN");
        assertThat(events(jdbc, c.id(), "SIM_RELEASED")).singleElement().satisfies(e -> assertThat(
                        ((Number) e.get("endpoint_id")).longValue())
                .isEqualTo(first));
    }

    @Test
    void deletingTheEndpointReleasesItsSim() {
        Customer c = Customer.create(this, operator(), unique("SimDelete"));
        EndpointFixtures.Policies p = policies(c.admin());
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        long first = create(c.user(), withSim("First", p, iccid));

        c.user().delete(PATH + "/" + first);

        assertThat(c.user().post(PATH, withSim("Second", p, iccid)).status()).isEqualTo(201);
        assertThat(auditRows(jdbc, "sim", iccid))
                .extracting(row -> row.get("action"))
                .containsExactly("SIM_ASSIGN", "SIM_RELEASE", "SIM_ASSIGN");
    }

    @Test
    void swappingSimsReleasesTheOldOneAndAssignsTheNew() {
        Customer c = Customer.create(this, operator(), unique("SimSwap"));
        List<String> sims = EndpointTestSims.insert(jdbc, c.id(), "ACTIVE", 2);
        long id = create(c.user(), withSim("Swapper", policies(c.admin()), sims.get(0)));

        Api.Response r = c.user().patch(PATH + "/" + id, Map.of("sim_iccid", sims.get(1)));

        assertThat(r.json().get("sim").get("iccid").asText()).isEqualTo(sims.get(1));
        assertThat(auditRows(jdbc, "sim", sims.get(0)))
                .extracting(row -> row.get("action"))
                .containsExactly("SIM_ASSIGN", "SIM_RELEASE");
        assertThat(auditRows(jdbc, "sim", sims.get(1)))
                .extracting(row -> row.get("action"))
                .containsExactly("SIM_ASSIGN");
        assertThat(auditRows(jdbc, "endpoint", id).get(1).get("new_value")).isEqualTo("sim_iccid=" + sims.get(1));
    }

    @Test
    void keepingTheSameSimIsNoChange() {
        Customer c = Customer.create(this, operator(), unique("SimSame"));
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        long id = create(c.user(), withSim("Steady", policies(c.admin()), iccid));

        Api.Response r = c.user().patch(PATH + "/" + id, Map.of("sim_iccid", iccid));

        assertThat(r.status()).isEqualTo(200);
        assertThat(auditRows(jdbc, "sim", iccid)).hasSize(1);
        assertThat(auditRows(jdbc, "endpoint", id)).hasSize(1);
    }
}
