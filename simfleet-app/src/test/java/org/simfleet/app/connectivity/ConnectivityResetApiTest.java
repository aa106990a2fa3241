package org.simfleet.app.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.connectivity.ConnectivityFixtures.Device;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Resets whose gateway never answers well, and the refusals; the answering gateway is FreeRADIUS, elsewhere. */
class ConnectivityResetApiTest extends ApiTest {

    @Autowired
    private GatewayDirectory gateways;

    private Customer customer() {
        return Customer.create(this, operator(), unique("Reset"));
    }

    private static String reset(Device d) {
        return "/api/v1/endpoints/" + d.endpointId() + "/connectivity/reset";
    }

    @Test
    void silentGatewayIsReportedAsTimeoutAndLogged() throws Exception {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        InetAddress address = TestGateways.nextAddress();
        try (DatagramSocket silent = new DatagramSocket(0, address)) {
            TestGateways.register(jdbc(), gateways, address, silent.getLocalPort());
            ConnectivityFixtures.openSession(jdbc(), c.id(), d, address.getHostAddress(), unique("silent"));

            Api.Response r = c.admin().post(reset(d), Map.of());

            assertThat(r.status()).as("%s", r).isEqualTo(200);
            JsonNode outcome = r.json().get("sessions").get(0);
            assertThat(outcome.get("result").asText()).isEqualTo("TIMEOUT");
        }
        assertThat(events(c.id(), "DISCONNECT_FAILED"))
                .singleElement()
                .asString()
                .contains("no answer after every retry");
    }

    @Test
    void sessionOfRemovedGatewayIsReportedAsUnknownGateway() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.openSession(jdbc(), c.id(), d, "127.0.9.9", unique("orphan"));

        JsonNode outcome =
                c.admin().post(reset(d), Map.of()).json().get("sessions").get(0);

        assertThat(outcome.get("result").asText()).isEqualTo("UNKNOWN_GATEWAY");
    }

    @Test
    void resetWithoutOpenSessionsTriesNothing() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);

        Api.Response r = c.user().post(reset(d), Map.of());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("sessions")).isEmpty();
    }

    @Test
    void resetIsAudited() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);

        c.user().post(reset(d), Map.of());

        assertThat(jdbc().queryForList(
                                "SELECT action FROM audit_entry WHERE object_type = 'endpoint' AND object_id = ?",
                                String.class,
                                String.valueOf(d.endpointId())))
                .contains("CONNECTIVITY_RESET");
    }

    @Test
    void readOnlyUserCannotReset() {
        Customer c = customer();
        Device d = ConnectivityFixtures.device(jdbc(), c);

        assertThat(c.readOnly().post(reset(d), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void otherOrganisationCannotResetEndpoint() {
        Device d = ConnectivityFixtures.device(jdbc(), customer());

        assertThat(customer().admin().post(reset(d), Map.of()).status()).isEqualTo(404);
    }

    private List<String> events(long orgId, String type) {
        return jdbc().queryForList(
                        "SELECT description FROM event WHERE org_id = ? AND type = ?", String.class, orgId, type);
    }
}
