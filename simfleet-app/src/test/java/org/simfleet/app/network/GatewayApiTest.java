package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.network.NetworkFixtures.GATEWAYS;
import static org.simfleet.app.network.NetworkFixtures.loopback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** The operator's admins configure the packet gateways: address, write-only secret, CoA port. */
class GatewayApiTest extends ApiTest {

    private static final String SECRET = "s3cret-shared-with-the-pgw";

    private Map<String, Object> gateway(String name, String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("address", address);
        body.put("secret", SECRET);
        return body;
    }

    private long create(Map<String, Object> body) {
        Api.Response r = operator().post(GATEWAYS, body);
        assertThat(r.status()).as("create gateway: %s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void createsAGatewayWithTheDefaultCoaPortAndNeverShowsTheSecret() {
        String name = unique("PGW");
        Api.Response r = operator().post(GATEWAYS, gateway(name, loopback()));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location"))
                .isEqualTo(GATEWAYS + "/" + r.json().get("id").asLong());
        assertThat(r.json().get("name").asText()).isEqualTo(name);
        assertThat(r.json().get("coa_port").asInt()).isEqualTo(3799);
        assertThat(r.json().has("created_at")).isTrue();
        assertThat(r.json().has("updated_at")).isTrue();
        assertThat(r.json().has("secret")).isFalse();
        assertThat(r.body()).doesNotContain(SECRET);
    }

    @Test
    void listAndGetNeverShowTheSecret() {
        long id = create(gateway(unique("Listed"), loopback()));

        Api.Response list = operator().get(GATEWAYS + "?per_page=1000");
        Api.Response one = operator().get(GATEWAYS + "/" + id);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isNotNull();
        assertThat(list.json().findValuesAsString("id")).contains(Long.toString(id));
        assertThat(list.body()).doesNotContain(SECRET).doesNotContain("\"secret\"");
        assertThat(one.json().get("id").asLong()).isEqualTo(id);
        assertThat(one.body()).doesNotContain(SECRET);
    }

    @Test
    void storesIpv6AddressesInCanonicalForm() {
        Api.Response r = operator()
                .post(GATEWAYS, gateway(unique("V6"), NetworkFixtures.ipv6().toUpperCase()));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("address").asText()).startsWith("2001:db8::");
    }

    @Test
    void refusesAHostNameAsAddress() {
        Api.Response r = operator().post(GATEWAYS, gateway(unique("Named"), "pgw.example.net"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("address");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("host names are not accepted");
    }

    @Test
    void refusesAnIpv4MappedAddressThatWouldNameAnIpv4Gateway() {
        Api.Response r = operator().post(GATEWAYS, gateway(unique("Mapped"), "::ffff:192.0.2.1"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("192.0.2.1");
    }

    @Test
    void refusesAShortSecretCitingRfc2865() {
        Map<String, Object> body = gateway(unique("Short"), loopback());
        body.put("secret", "1234567");

        Api.Response r = operator().post(GATEWAYS, body);

        assertThat(r.status()).isEqualTo(422);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("secret");
        assertThat(error.get("reason").asText()).contains("at least 8").contains("RFC 2865");
    }

    @Test
    void requiresTheSecretOnCreate() {
        Map<String, Object> body = gateway(unique("NoSecret"), loopback());
        body.remove("secret");

        Api.Response r = operator().post(GATEWAYS, body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("secret");
    }

    @Test
    void answersEveryWrongFieldAtOnce() {
        Api.Response r = operator().post(GATEWAYS, Map.of("name", "", "address", "300.1.1.1", "coa_port", 70000));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "address", "secret", "coa_port");
    }

    @Test
    void refusesUnknownFields() {
        Map<String, Object> body = gateway(unique("Unknown"), loopback());
        body.put("shared_secret", "whatever-it-is");

        Api.Response r = operator().post(GATEWAYS, body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("shared_secret");
    }

    @Test
    void refusesASecondGatewayAtTheSameAddress() {
        String address = loopback();
        create(gateway(unique("First"), address));

        Api.Response r = operator().post(GATEWAYS, gateway(unique("Second"), address));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).contains(address);
    }

    @Test
    void refusesASecondGatewayWithTheSameName() {
        String name = unique("Twin");
        create(gateway(name, loopback()));

        Api.Response r = operator().post(GATEWAYS, gateway(name, loopback()));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).contains(name);
    }

    @Test
    void patchChangesOnlyWhatItNamesAndKeepsTheSecret() {
        String address = loopback();
        long id = create(gateway(unique("Patched"), address));

        Api.Response r = operator().patch(GATEWAYS + "/" + id, Map.of("coa_port", 1700));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("coa_port").asInt()).isEqualTo(1700);
        assertThat(r.json().get("address").asText()).isEqualTo(address);
        assertThat(jdbc().queryForObject("SELECT secret FROM gateway WHERE id = ?", String.class, id))
                .isEqualTo(SECRET);
    }

    @Test
    void patchRefusesAShortSecret() {
        long id = create(gateway(unique("ShortPatch"), loopback()));

        Api.Response r = operator().patch(GATEWAYS + "/" + id, Map.of("secret", "short"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("secret");
    }

    @Test
    void deleteRemovesTheGateway() {
        long id = create(gateway(unique("Deleted"), loopback()));

        assertThat(operator().delete(GATEWAYS + "/" + id).status()).isEqualTo(204);
        assertThat(operator().get(GATEWAYS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void everyChangeIsAuditedWithoutTheSecretAndEvented() {
        String name = unique("Audited");
        long id = create(gateway(name, loopback()));
        operator().patch(GATEWAYS + "/" + id, Map.of("secret", "another-long-secret"));
        operator().delete(GATEWAYS + "/" + id);

        List<Map<String, Object>> audit = jdbc().queryForList(
                        "SELECT action, old_value, new_value, result FROM audit_entry"
                                + " WHERE object_type = 'gateway' AND object_id = ? ORDER BY id",
                        String.valueOf(id));
        assertThat(audit)
                .extracting(a -> a.get("action"))
                .containsExactly("GATEWAY_CREATE", "GATEWAY_UPDATE", "GATEWAY_DELETE");
        assertThat(audit.get(1).get("new_value").toString()).contains("secret");
        assertThat(audit.toString()).doesNotContain(SECRET).doesNotContain("another-long-secret");
        assertThat(jdbc().queryForList(
                                "SELECT description FROM event e JOIN organisation o ON o.id = e.org_id"
                                        + " WHERE o.kind = 'OPERATOR' AND e.type = 'GATEWAY_CHANGED' AND e.description LIKE ?",
                                String.class,
                                "%" + name + "%"))
                .hasSize(3);
    }
}
