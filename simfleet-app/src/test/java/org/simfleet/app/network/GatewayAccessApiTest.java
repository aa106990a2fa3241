package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.network.NetworkFixtures.GATEWAYS;
import static org.simfleet.app.network.NetworkFixtures.OPERATOR_USER_PASSWORD;
import static org.simfleet.app.network.NetworkFixtures.loopback;
import static org.simfleet.app.network.NetworkFixtures.operatorUser;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** Gateways are the operator's: its admins write, its users read, and for customers they do not exist. */
class GatewayAccessApiTest extends ApiTest {

    private long gateway() {
        Api.Response r = operator()
                .post(GATEWAYS, Map.of("name", unique("Guarded"), "address", loopback(), "secret", "long-enough-1"));
        assertThat(r.status()).as("create: %s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void customerOrganisationsGet404ForEveryGatewayRequest() {
        long id = gateway();
        Customer c = Customer.create(this, operator(), unique("GwCustomer"));
        Map<String, Object> body = Map.of("name", unique("Theirs"), "address", loopback(), "secret", "long-enough-2");

        assertThat(c.admin().get(GATEWAYS).status()).isEqualTo(404);
        assertThat(c.admin().get(GATEWAYS + "/" + id).status()).isEqualTo(404);
        assertThat(c.admin().post(GATEWAYS, body).status()).isEqualTo(404);
        assertThat(c.admin().patch(GATEWAYS + "/" + id, Map.of("coa_port", 1)).status())
                .isEqualTo(404);
        assertThat(c.admin().delete(GATEWAYS + "/" + id).status()).isEqualTo(404);
        assertThat(c.user().get(GATEWAYS).json().get("detail").asText()).contains("No such resource");
        assertThat(operator().get(GATEWAYS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void operatorUsersReadButOnlyAdminsWrite() {
        long id = gateway();
        Api user = login(operatorUser(operator(), "USER", unique("gw-user")), OPERATOR_USER_PASSWORD);
        Api readOnly = login(operatorUser(operator(), "READ_ONLY", unique("gw-ro")), OPERATOR_USER_PASSWORD);

        assertThat(user.get(GATEWAYS + "/" + id).status()).isEqualTo(200);
        assertThat(readOnly.get(GATEWAYS).status()).isEqualTo(200);
        assertThat(user.post(GATEWAYS, Map.of("name", unique("No"), "address", loopback(), "secret", "long-enough"))
                        .status())
                .isEqualTo(403);
        assertThat(user.patch(GATEWAYS + "/" + id, Map.of("coa_port", 1700)).status())
                .isEqualTo(403);
        assertThat(readOnly.delete(GATEWAYS + "/" + id).status()).isEqualTo(403);
        assertThat(operator().get(GATEWAYS + "/" + id).json().get("coa_port").asInt())
                .isEqualTo(3799);
    }

    @Test
    void aRefusedWriteIsOnRecord() {
        long id = gateway();
        Api user = login(operatorUser(operator(), "USER", unique("gw-refused")), OPERATOR_USER_PASSWORD);

        user.delete(GATEWAYS + "/" + id);

        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM audit_entry WHERE object_type = 'gateway' AND object_id = ?"
                                        + " AND action = 'GATEWAY_DELETE' AND result = 'FAILURE'",
                                Long.class,
                                String.valueOf(id)))
                .isEqualTo(1);
    }
}
