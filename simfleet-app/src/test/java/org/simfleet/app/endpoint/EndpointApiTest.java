package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.patch;
import static org.simfleet.app.endpoint.EndpointFixtures.policies;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

class EndpointApiTest extends ApiTest {

    private static final String IMEI = "490154203237518";

    @Test
    void createdEndpointShowsItsPoliciesAndDefaults() {
        Customer c = Customer.create(this, operator(), unique("EpCreate"));
        EndpointFixtures.Policies p = policies(c.admin());

        Api.Response r = c.user().post(PATH, endpoint("Tracker 1", p));

        assertThat(r.status()).isEqualTo(201);
        var e = r.json();
        assertThat(r.header("Location")).isEqualTo(PATH + "/" + e.get("id").asLong());
        assertThat(e.get("name").asText()).isEqualTo("Tracker 1");
        assertThat(e.get("tags").isEmpty()).isTrue();
        assertThat(e.get("imei").isNull()).isTrue();
        assertThat(e.get("imei_lock").asBoolean()).isFalse();
        assertThat(e.get("status").asText()).isEqualTo("ENABLED");
        assertThat(e.get("service_policy").get("id").asLong()).isEqualTo(p.service());
        assertThat(e.get("service_policy").get("name").asText()).startsWith("Service ");
        assertThat(e.get("coverage_policy").get("id").asLong()).isEqualTo(p.coverage());
        assertThat(e.get("sim").isNull()).isTrue();
        assertThat(e.get("created_at").asText()).isNotBlank();
    }

    @Test
    void readsEndpointBackWithSortedTagsAndImeiLock() {
        Customer c = Customer.create(this, operator(), unique("EpRead"));
        Map<String, Object> body = endpoint("Meter", policies(c.admin()));
        body.put("tags", List.of("site:berlin", "fleet-a", "Model_X.2"));
        body.put("imei", IMEI);
        body.put("imei_lock", true);
        body.put("status", "disabled");
        long id = create(c.admin(), body);

        Api.Response r = c.readOnly().get(PATH + "/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(Api.JSON.convertValue(r.json().get("tags"), List.class))
                .containsExactly("Model_X.2", "fleet-a", "site:berlin");
        assertThat(r.json().get("imei").asText()).isEqualTo(IMEI);
        assertThat(r.json().get("imei_lock").asBoolean()).isTrue();
        assertThat(r.json().get("status").asText()).isEqualTo("DISABLED");
    }

    @Test
    void patchChangesOnlyTheFieldsItNames() {
        Customer c = Customer.create(this, operator(), unique("EpPatch"));
        Map<String, Object> body = endpoint("Pump", policies(c.admin()));
        body.put("tags", List.of("water"));
        body.put("imei", IMEI);
        long id = create(c.admin(), body);

        Api.Response r = c.user().patch(PATH + "/" + id, Map.of("status", "DISABLED"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("DISABLED");
        assertThat(r.json().get("name").asText()).isEqualTo("Pump");
        assertThat(r.json().get("imei").asText()).isEqualTo(IMEI);
        assertThat(Api.JSON.convertValue(r.json().get("tags"), List.class)).containsExactly("water");
    }

    @Test
    void patchWithNullImeiClearsIt() {
        Customer c = Customer.create(this, operator(), unique("EpClearImei"));
        Map<String, Object> body = endpoint("Gateway", policies(c.admin()));
        body.put("imei", IMEI);
        long id = create(c.admin(), body);

        Api.Response r = c.admin().patch(PATH + "/" + id, patch("imei", null));

        assertThat(r.status()).isEqualTo(200);
        assertThat(c.admin().get(PATH + "/" + id).json().get("imei").isNull()).isTrue();
    }

    @Test
    void patchReplacesTheTags() {
        Customer c = Customer.create(this, operator(), unique("EpTags"));
        Map<String, Object> body = endpoint("Sensor", policies(c.admin()));
        body.put("tags", List.of("a", "b"));
        long id = create(c.admin(), body);

        c.admin().patch(PATH + "/" + id, Map.of("tags", List.of("c")));

        assertThat(Api.JSON.convertValue(c.admin().get(PATH + "/" + id).json().get("tags"), List.class))
                .containsExactly("c");
    }

    @Test
    void patchMovesEndpointToAnotherPolicy() {
        Customer c = Customer.create(this, operator(), unique("EpMove"));
        EndpointFixtures.Policies first = policies(c.admin());
        EndpointFixtures.Policies second = policies(c.admin());
        long id = create(c.admin(), endpoint("Mover", first));

        Api.Response r = c.admin().patch(PATH + "/" + id, Map.of("service_policy_id", second.service()));

        assertThat(r.json().get("service_policy").get("id").asLong()).isEqualTo(second.service());
        assertThat(r.json().get("coverage_policy").get("id").asLong()).isEqualTo(first.coverage());
    }

    @Test
    void deletedEndpointIsGone() {
        Customer c = Customer.create(this, operator(), unique("EpDelete"));
        Map<String, Object> body = endpoint("Old", policies(c.admin()));
        body.put("tags", List.of("retired"));
        long id = create(c.admin(), body);

        Api.Response r = c.user().delete(PATH + "/" + id);

        assertThat(r.status()).isEqualTo(204);
        assertThat(c.admin().get(PATH + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownFieldInsteadOfIgnoringIt() {
        Customer c = Customer.create(this, operator(), unique("EpUnknown"));
        long id = create(c.admin(), endpoint("Typo", policies(c.admin())));

        Api.Response r = c.admin().patch(PATH + "/" + id, Map.of("imei_lok", true));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("imei_lok");
    }

    @Test
    void refusesAFieldOfTheWrongType() {
        Customer c = Customer.create(this, operator(), unique("EpType"));
        Map<String, Object> body = endpoint("Typed", policies(c.admin()));
        body.put("tags", Map.of("not", "a list"));

        Api.Response r = c.admin().post(PATH, body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("tags");
    }
}
