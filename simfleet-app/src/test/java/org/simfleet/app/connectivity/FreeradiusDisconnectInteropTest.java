package org.simfleet.app.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.simfleet.app.connectivity.ConnectivityFixtures.Device;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.FreeradiusDas;
import org.simfleet.app.support.RequiresFreeradius;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Connectivity reset against a real FreeRADIUS acting as the gateway's Dynamic Authorization Server (RFC 5176). */
@RequiresFreeradius
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeradiusDisconnectInteropTest extends ApiTest {

    @Autowired
    private GatewayDirectory gateways;

    private FreeradiusDas das;

    @BeforeAll
    void startGateway() throws Exception {
        das = FreeradiusDas.start(TestGateways.nextAddress(), TestGateways.SECRET);
        TestGateways.register(jdbc(), gateways, das.address(), das.port());
    }

    @AfterAll
    void stopGateway() {
        if (das != null) {
            das.close();
        }
    }

    private JsonNode resetOneSession(Customer c, String acctSessionId) {
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.openSession(jdbc(), c.id(), d, das.address().getHostAddress(), acctSessionId);
        var r = c.admin().post("/api/v1/endpoints/" + d.endpointId() + "/connectivity/reset", Map.of());
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().get("sessions").get(0);
    }

    @Test
    void gatewayAcknowledgesDisconnectAndEventSaysSo() {
        Customer c = Customer.create(this, operator(), unique("Das"));

        JsonNode outcome = resetOneSession(c, unique("session"));

        assertThat(outcome.get("result").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(jdbc().queryForList(
                                "SELECT description FROM event WHERE org_id = ? AND type = 'DISCONNECT_ACKNOWLEDGED'",
                                String.class,
                                c.id()))
                .singleElement()
                .asString()
                .startsWith(
                        "Disconnect acknowledged by gateway " + das.address().getHostAddress());
    }

    @Test
    void suspendingSimDisconnectsItsOpenSession() {
        Customer c = Customer.create(this, operator(), unique("Das"));
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.openSession(jdbc(), c.id(), d, das.address().getHostAddress(), unique("suspend"));

        assertThat(c.admin()
                        .patch("/api/v1/sims/" + d.iccid(), Map.of("state", "SUSPENDED"))
                        .status())
                .isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged(c.id()) == 1);
    }

    @Test
    void disablingEndpointDisconnectsItsOpenSession() {
        Customer c = Customer.create(this, operator(), unique("Das"));
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.openSession(jdbc(), c.id(), d, das.address().getHostAddress(), unique("disable"));

        assertThat(c.admin()
                        .patch("/api/v1/endpoints/" + d.endpointId(), Map.of("status", "DISABLED"))
                        .status())
                .isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged(c.id()) == 1);
    }

    private int acknowledged(long orgId) {
        return jdbc().queryForObject(
                        "SELECT COUNT(*) FROM event WHERE org_id = ? AND type = 'DISCONNECT_ACKNOWLEDGED'",
                        Integer.class,
                        orgId);
    }

    @Test
    void gatewayWithoutTheSessionAnswersNakWithErrorCause() {
        Customer c = Customer.create(this, operator(), unique("Das"));

        JsonNode outcome = resetOneSession(c, FreeradiusDas.UNKNOWN_SESSION);

        assertThat(outcome.get("result").asText()).isEqualTo("REJECTED");
        assertThat(outcome.get("error_cause").asLong()).isEqualTo(503);
        assertThat(jdbc().queryForList(
                                "SELECT description FROM event WHERE org_id = ? AND type = 'DISCONNECT_FAILED'",
                                String.class,
                                c.id()))
                .singleElement()
                .asString()
                .endsWith("Disconnect-NAK (Session Context Not Found)");
    }
}
