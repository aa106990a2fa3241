package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.policy.PolicyFixtures.coveragePolicy;
import static org.simfleet.app.policy.PolicyFixtures.create;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

class CoveragePolicyApiTest extends ApiTest {

    private static final String PATH = "/api/v1/coverage-policies";

    @Test
    void createdPolicyShowsCountriesAndBlacklist() {
        Customer c = Customer.create(this, operator(), unique("CpCreate"));

        Api.Response r = c.admin().post(PATH, coveragePolicy("Europe core"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location"))
                .isEqualTo(PATH + "/" + r.json().get("id").asLong());
        assertThat(Api.JSON.convertValue(r.json().get("allowed_countries"), List.class))
                .containsExactly("262", "208");
        assertThat(Api.JSON.convertValue(r.json().get("blocked_operators"), List.class))
                .containsExactly("262-07");
    }

    @Test
    void policyWithoutCountriesIsWorldwide() {
        Customer c = Customer.create(this, operator(), unique("CpWorld"));

        Api.Response r = c.admin().post(PATH, Map.of("name", "Worldwide"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("allowed_countries").isEmpty()).isTrue();
        assertThat(r.json().get("blocked_operators").isEmpty()).isTrue();
    }

    @Test
    void readsPolicyBackById() {
        Customer c = Customer.create(this, operator(), unique("CpRead"));
        long id = create(c.admin(), PATH, coveragePolicy("Readable"));

        Api.Response r = c.readOnly().get(PATH + "/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("Readable");
        assertThat(r.json().get("updated_at").asText()).isNotBlank();
    }

    @Test
    void listsTheOrganisationsPolicies() {
        Customer c = Customer.create(this, operator(), unique("CpList"));
        create(c.admin(), PATH, coveragePolicy("one"));
        create(c.admin(), PATH, coveragePolicy("two"));

        Api.Response r = c.user().get(PATH + "?sort=name");

        assertThat(r.header("X-Total-Count")).isEqualTo("2");
        assertThat(r.json().findValuesAsString("name")).containsExactly("one", "two");
    }

    @Test
    void patchReplacesOnlyTheListsItNames() {
        Customer c = Customer.create(this, operator(), unique("CpPatch"));
        long id = create(c.admin(), PATH, coveragePolicy("Patched"));

        Api.Response r = c.admin().patch(PATH + "/" + id, Map.of("blocked_operators", List.of("208-01", "208-015")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(Api.JSON.convertValue(r.json().get("blocked_operators"), List.class))
                .containsExactly("208-01", "208-015");
        assertThat(Api.JSON.convertValue(r.json().get("allowed_countries"), List.class))
                .containsExactly("262", "208");
    }

    @Test
    void deletesAnUnusedPolicy() {
        Customer c = Customer.create(this, operator(), unique("CpDelete"));
        long id = create(c.admin(), PATH, coveragePolicy("Doomed"));

        assertThat(c.admin().delete(PATH + "/" + id).status()).isEqualTo(204);
        assertThat(c.admin().get(PATH + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesASecondPolicyWithTheSameName() {
        Customer c = Customer.create(this, operator(), unique("CpDuplicate"));
        create(c.admin(), PATH, coveragePolicy("Twice"));

        Api.Response r = c.admin().post(PATH, coveragePolicy("Twice"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).contains("Twice");
    }
}
