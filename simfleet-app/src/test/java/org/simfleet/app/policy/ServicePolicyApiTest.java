package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.policy.PolicyFixtures.create;
import static org.simfleet.app.policy.PolicyFixtures.servicePolicy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

class ServicePolicyApiTest extends ApiTest {

    private static final String PATH = "/api/v1/service-policies";

    @Test
    void createdPolicyTakesDefaultsForOmittedFields() {
        Customer c = Customer.create(this, operator(), unique("SpDefaults"));

        Api.Response r = c.admin().post(PATH, servicePolicy("Default"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location"))
                .isEqualTo(PATH + "/" + r.json().get("id").asLong());
        var p = r.json();
        assertThat(p.get("name").asText()).isEqualTo("Default");
        assertThat(p.get("data_allowed").asBoolean()).isTrue();
        assertThat(p.get("sms_mo_allowed").asBoolean()).isTrue();
        assertThat(p.get("sms_mt_allowed").asBoolean()).isTrue();
        assertThat(Api.JSON.convertValue(p.get("rat_types"), List.class))
                .containsExactly("2G", "3G", "4G", "5G", "LTE-M", "NB-IoT");
        assertThat(Api.JSON.convertValue(p.get("dns_servers"), List.class)).isEmpty();
        assertThat(p.get("data_limit_bytes").isNull()).isTrue();
        assertThat(p.get("sms_limit").isNull()).isTrue();
        assertThat(p.get("interim_interval_seconds").asInt()).isEqualTo(600);
        assertThat(p.get("created_at").asText()).isNotBlank();
    }

    @Test
    void readsPolicyBackById() {
        Customer c = Customer.create(this, operator(), unique("SpRead"));
        Map<String, Object> body = servicePolicy("Metered");
        body.put("rat_types", List.of("lte-m", "NB-IoT"));
        body.put("data_limit_bytes", 5_000_000);
        body.put("sms_limit", 100);
        long id = create(c.admin(), PATH, body);

        Api.Response r = c.readOnly().get(PATH + "/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(Api.JSON.convertValue(r.json().get("rat_types"), List.class)).containsExactly("LTE-M", "NB-IoT");
        assertThat(r.json().get("data_limit_bytes").asLong()).isEqualTo(5_000_000);
        assertThat(r.json().get("sms_limit").asInt()).isEqualTo(100);
    }

    @Test
    void storesApnsAndDnsServersInCanonicalForm() {
        Customer c = Customer.create(this, operator(), unique("SpCanonical"));
        Map<String, Object> body = servicePolicy("Canonical");
        body.put("apns", List.of("IoT.Example"));
        body.put("dns_servers", List.of("2001:DB8:0:0:0:0:0:53", "192.0.2.53"));

        Api.Response r = c.admin().post(PATH, body);

        assertThat(Api.JSON.convertValue(r.json().get("apns"), List.class)).containsExactly("iot.example");
        assertThat(Api.JSON.convertValue(r.json().get("dns_servers"), List.class))
                .containsExactly("2001:db8::53", "192.0.2.53");
    }

    @Test
    void listsTheOrganisationsPoliciesPageByPage() {
        Customer c = Customer.create(this, operator(), unique("SpList"));
        for (String name : new String[] {"b", "a", "c"}) {
            create(c.admin(), PATH, servicePolicy(name));
        }

        Api.Response r = c.user().get(PATH + "?per_page=2&sort=-name");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo("3");
        assertThat(r.header("Link")).contains("rel=\"next\"");
        assertThat(r.json().get(0).get("name").asText()).isEqualTo("c");
        assertThat(r.json().get(1).get("name").asText()).isEqualTo("b");
    }

    @Test
    void patchChangesOnlyTheFieldsItNames() {
        Customer c = Customer.create(this, operator(), unique("SpPatch"));
        Map<String, Object> body = servicePolicy("Patched");
        body.put("sms_limit", 50);
        long id = create(c.admin(), PATH, body);

        Api.Response r = c.admin().patch(PATH + "/" + id, Map.of("sms_mo_allowed", false));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("sms_mo_allowed").asBoolean()).isFalse();
        assertThat(r.json().get("sms_limit").asInt()).isEqualTo(50);
        assertThat(r.json().get("name").asText()).isEqualTo("Patched");
    }

    @Test
    void patchWithNullDataLimitLiftsTheLimit() {
        Customer c = Customer.create(this, operator(), unique("SpUnlimited"));
        Map<String, Object> body = servicePolicy("Limited");
        body.put("data_limit_bytes", 1_000);
        long id = create(c.admin(), PATH, body);
        Map<String, Object> patch = new HashMap<>();
        patch.put("data_limit_bytes", null);

        Api.Response r = c.admin().patch(PATH + "/" + id, patch);

        assertThat(r.json().get("data_limit_bytes").isNull()).isTrue();
        assertThat(c.admin().get(PATH + "/" + id).json().get("data_limit_bytes").isNull())
                .isTrue();
    }

    @Test
    void deletesAnUnusedPolicy() {
        Customer c = Customer.create(this, operator(), unique("SpDelete"));
        long id = create(c.admin(), PATH, servicePolicy("Doomed"));

        Api.Response r = c.admin().delete(PATH + "/" + id);

        assertThat(r.status()).isEqualTo(204);
        assertThat(c.admin().get(PATH + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesASecondPolicyWithTheSameName() {
        Customer c = Customer.create(this, operator(), unique("SpDuplicate"));
        create(c.admin(), PATH, servicePolicy("Twice"));

        Api.Response r = c.admin().post(PATH, servicePolicy("Twice"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).contains("Twice");
    }

    @Test
    void refusesRenamingToATakenName() {
        Customer c = Customer.create(this, operator(), unique("SpRename"));
        create(c.admin(), PATH, servicePolicy("Taken"));
        long id = create(c.admin(), PATH, servicePolicy("Other"));

        Api.Response r = c.admin().patch(PATH + "/" + id, Map.of("name", "Taken"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(c.admin().get(PATH + "/" + id).json().get("name").asText()).isEqualTo("Other");
    }

    @Test
    void sameNameInAnotherOrganisationIsAllowed() {
        Customer a = Customer.create(this, operator(), unique("SpNameA"));
        Customer b = Customer.create(this, operator(), unique("SpNameB"));
        create(a.admin(), PATH, servicePolicy("Shared name"));

        assertThat(b.admin().post(PATH, servicePolicy("Shared name")).status()).isEqualTo(201);
    }
}
