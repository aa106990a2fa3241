package org.simfleet.app.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.connectivity.ConnectivityFixtures.Device;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

class ConnectivityApiTest extends ApiTest {

    private Customer customer() {
        return Customer.create(this, operator(), unique("Connectivity"));
    }

    private static JsonNode connectivity(Api api, Device d) {
        Api.Response r = api.get("/api/v1/endpoints/" + d.endpointId() + "/connectivity");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    @Test
    void endpointNeverSeenByTheNetworkIsOffline() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);

        JsonNode status = connectivity(c.readOnly(), d);

        assertThat(status.get("status").asText()).isEqualTo("OFFLINE");
        assertThat(status.get("sim_id").asLong()).isEqualTo(d.simId());
        assertThat(status.has("session")).isFalse();
    }

    @Test
    void registeredEndpointWithoutDataSessionIsAttachedSinceItsRegistration() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), d, true, null);

        JsonNode status = connectivity(c.user(), d);

        assertThat(status.get("status").asText()).isEqualTo("ATTACHED");
        assertThat(status.get("registration").get("mcc").asText()).isEqualTo("262");
        assertThat(status.get("registration").get("rat_type").asText()).isEqualTo("LTE");
        assertThat(status.get("registration").get("country").asText()).isEqualTo("Germany");
        assertThat(status.get("since").asText())
                .isEqualTo(status.get("registration").get("since").asText());
    }

    @Test
    void endpointWithOpenDataSessionIsOnlineWithItsAddress() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), d, true, null);
        ConnectivityFixtures.openSession(jdbc(), c.id(), d, "127.0.3.1", unique("online"));

        JsonNode status = connectivity(c.user(), d);

        assertThat(status.get("status").asText()).isEqualTo("ONLINE");
        assertThat(status.get("session").get("ip_address").asText()).isEqualTo("100.64.0.9");
        assertThat(status.get("session").get("apn").asText()).isEqualTo("em");
        assertThat(status.get("since").asText())
                .isEqualTo(status.get("session").get("started_at").asText());
    }

    @Test
    void closedSessionLeavesEndpointAttached() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), d, true, null);
        var id = ConnectivityFixtures.openSession(jdbc(), c.id(), d, "127.0.3.1", unique("closed"));
        jdbc().update("UPDATE data_session SET ended_at = last_update_at WHERE id = ?", id);

        assertThat(connectivity(c.user(), d).get("status").asText()).isEqualTo("ATTACHED");
    }

    @Test
    void suspendedSimIsBlockedEvenWithSessionStillOpen() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.openSession(jdbc(), c.id(), d, "127.0.3.1", unique("suspended"));
        assertThat(c.admin()
                        .patch("/api/v1/sims/" + d.iccid(), Map.of("state", "SUSPENDED"))
                        .status())
                .isEqualTo(200);

        JsonNode status = connectivity(c.user(), d);

        assertThat(status.get("status").asText()).isEqualTo("BLOCKED");
        assertThat(status.get("blocked_reason").asText()).isEqualTo("SIM is SUSPENDED");
    }

    @Test
    void disabledEndpointIsBlocked() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), d, true, null);
        assertThat(c.admin()
                        .patch("/api/v1/endpoints/" + d.endpointId(), Map.of("status", "DISABLED"))
                        .status())
                .isEqualTo(200);

        JsonNode status = connectivity(c.user(), d);

        assertThat(status.get("status").asText()).isEqualTo("BLOCKED");
        assertThat(status.get("blocked_reason").asText()).isEqualTo("endpoint is disabled");
    }

    @Test
    void locationUpdateRefusedByCoverageBlocksWithTheReason() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), d, false, "operator 262-02 blacklisted by coverage policy");

        JsonNode status = connectivity(c.user(), d);

        assertThat(status.get("status").asText()).isEqualTo("BLOCKED");
        assertThat(status.get("blocked_reason").asText()).isEqualTo("operator 262-02 blacklisted by coverage policy");
    }

    @Test
    void simViewShowsTheSameStatusByIccid() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), d, true, null);

        Api.Response r = c.user().get("/api/v1/sims/" + d.iccid() + "/connectivity");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ATTACHED");
        assertThat(r.json().get("endpoint_id").asLong()).isEqualTo(d.endpointId());
    }

    @Test
    void otherOrganisationsEndpointIsNotFound() {
        Device d = ConnectivityFixtures.device(jdbc(), customer());

        Api.Response r = customer().admin().get("/api/v1/endpoints/" + d.endpointId() + "/connectivity");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void operatorSeesAnyEndpointsConnectivity() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);

        assertThat(connectivity(operator(), d).get("status").asText()).isEqualTo("OFFLINE");
    }
}
