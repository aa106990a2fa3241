package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.network.NetworkFixtures.batch;
import static org.simfleet.app.network.NetworkFixtures.event;
import static org.simfleet.app.network.NetworkFixtures.report;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.NetworkFixtures.TestSim;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

/**
 * The answer the HLR/HSS gives a visited network: a location update is allowed unless the SIM passes no traffic, sits
 * in no or a disabled endpoint, or its coverage policy refuses the network; the reason says which.
 */
class NetworkEventApiTest extends ApiTest {

    private Customer customer;
    private long service;
    private long germanyOnly;

    @BeforeEach
    void fleet() {
        customer = Customer.create(this, operator(), unique("NetEvents"));
        service = NetworkFixtures.servicePolicy(customer.admin());
        germanyOnly =
                NetworkFixtures.coveragePolicy(customer.admin(), "Germany only", List.of("262"), List.of("262-02"));
    }

    private TestSim sim(String state, String endpointStatus) {
        return NetworkFixtures.simOnEndpoint(
                jdbc(), customer.admin(), customer.id(), state, service, germanyOnly, endpointStatus);
    }

    private JsonNode decide(TestSim sim, String mcc, String mnc) {
        return report(operator(), batch(event("UPDATE_LOCATION", sim.imsi(), mcc, mnc)))
                .json()
                .get("results")
                .get(0);
    }

    @Test
    void allowsAnActiveSimOnACoveredNetwork() {
        TestSim sim = sim("ACTIVE", "ENABLED");

        JsonNode result = decide(sim, "262", "01");

        assertThat(result.get("index").asInt()).isZero();
        assertThat(result.get("imsi").asText()).isEqualTo(sim.imsi());
        assertThat(result.get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(result.get("reason").isNull()).isTrue();
    }

    @Test
    void allowsASimInTest() {
        assertThat(decide(sim("TEST", "ENABLED"), "262", "01").get("outcome").asText())
                .isEqualTo("ALLOWED");
    }

    @Test
    void rejectsASuspendedSim() {
        JsonNode result = decide(sim("SUSPENDED", "ENABLED"), "262", "01");

        assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(result.get("reason").asText()).isEqualTo("SIM is SUSPENDED");
    }

    @Test
    void rejectsASimInNoEndpoint() {
        TestSim sim = NetworkFixtures.sim(jdbc(), customer.id(), "ACTIVE");

        JsonNode result = decide(sim, "262", "01");

        assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(result.get("reason").asText()).contains("in no endpoint");
    }

    @Test
    void rejectsASimOfADisabledEndpoint() {
        JsonNode result = decide(sim("ACTIVE", "DISABLED"), "262", "01");

        assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(result.get("reason").asText()).isEqualTo("endpoint is disabled");
    }

    @Test
    void rejectsAnOperatorOnTheCoveragePolicysBlacklist() {
        JsonNode result = decide(sim("ACTIVE", "ENABLED"), "262", "02");

        assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(result.get("reason").asText())
                .isEqualTo("operator 262-02 blacklisted by coverage policy Germany only");
    }

    @Test
    void rejectsACountryTheCoveragePolicyDoesNotCover() {
        JsonNode result = decide(sim("ACTIVE", "ENABLED"), "310", "260");

        assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(result.get("reason").asText())
                .startsWith("country 310 not covered")
                .contains("Germany only");
    }

    @Test
    void checksTheSimBeforeTheCoverage() {
        JsonNode result = decide(sim("SUSPENDED", "DISABLED"), "310", "260");

        assertThat(result.get("reason").asText()).isEqualTo("SIM is SUSPENDED");
    }

    @Test
    void answersUnknownSimForAnImsiNoSimHas() {
        JsonNode result = report(operator(), batch(event("UPDATE_LOCATION", "999990000000001", "262", "01")))
                .json()
                .get("results")
                .get(0);

        assertThat(result.get("outcome").asText()).isEqualTo("UNKNOWN_SIM");
    }

    @Test
    void recordsTheEventsThatDecideNothing() {
        TestSim sim = sim("ACTIVE", "ENABLED");

        JsonNode results = report(
                        operator(),
                        batch(
                                event("PURGE_LOCATION", sim.imsi(), null, null),
                                event("CANCEL_LOCATION", sim.imsi(), null, null),
                                event("AUTHENTICATION_FAILURE", sim.imsi(), null, null)))
                .json()
                .get("results");

        assertThat(results.findValuesAsString("outcome")).containsExactly("RECORDED", "RECORDED", "RECORDED");
    }

    @Test
    void answersOneResultPerEventInTheRequestsOrder() {
        TestSim active = sim("ACTIVE", "ENABLED");
        TestSim suspended = sim("SUSPENDED", "ENABLED");

        JsonNode results = report(
                        operator(),
                        batch(
                                event("UPDATE_LOCATION", suspended.imsi(), "262", "01"),
                                event("UPDATE_GPRS_LOCATION", active.imsi(), "262", "01"),
                                event("UPDATE_LOCATION", "999990000000002", "262", "01"),
                                event("PURGE_LOCATION", active.imsi(), null, null)))
                .json()
                .get("results");

        assertThat(results.findValuesAsString("index")).containsExactly("0", "1", "2", "3");
        assertThat(results.findValuesAsString("outcome"))
                .containsExactly("REJECTED", "ALLOWED", "UNKNOWN_SIM", "RECORDED");
        assertThat(results.findValuesAsString("imsi"))
                .containsExactly(suspended.imsi(), active.imsi(), "999990000000002", active.imsi());
    }

    @Test
    void rejectsTheOperatorsUnregisteredStockAndKeepsItsEventsForTheOperator() {
        TestSim stock = NetworkFixtures.sim(jdbc(), customer.id(), "ACTIVE");
        jdbc().update("UPDATE sim SET org_id = NULL, state = 'INVENTORY' WHERE id = ?", stock.simId());
        long operatorOrg = jdbc().queryForObject("SELECT id FROM organisation WHERE kind = 'OPERATOR'", Long.class);

        JsonNode result = decide(stock, "262", "01");

        assertThat(result.get("reason").asText()).isEqualTo("SIM is INVENTORY");
        assertThat(NetworkFixtures.events(jdbc(), stock.simId()))
                .extracting(e -> ((Number) e.get("org_id")).longValue())
                .containsExactly(operatorOrg);
    }

    @Test
    void theCustomerSeesTheRejectionInItsEventLog() {
        TestSim sim = sim("ACTIVE", "ENABLED");
        decide(sim, "262", "02");

        Api.Response r = customer.user().get("/api/v1/endpoints/" + sim.endpointId() + "/events");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("UPDATE_LOCATION_REJECTED").contains("blacklisted by coverage policy");
    }
}
