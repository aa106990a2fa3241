package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.policy.PolicyFixtures.coveragePolicy;
import static org.simfleet.app.policy.PolicyFixtures.create;
import static org.simfleet.app.policy.PolicyFixtures.servicePolicy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** A policy that endpoints use cannot be deleted from under them. */
class PolicyInUseApiTest extends ApiTest {

    private record Pair(long service, long coverage) {}

    private Pair policies(Customer c) {
        return new Pair(
                create(c.admin(), "/api/v1/service-policies", servicePolicy("In use")),
                create(c.admin(), "/api/v1/coverage-policies", coveragePolicy("In use")));
    }

    private long endpoint(Customer c, Pair p, String name) {
        return create(
                c.user(),
                "/api/v1/endpoints",
                Map.of("name", name, "service_policy_id", p.service(), "coverage_policy_id", p.coverage()));
    }

    @Test
    void deletingAServicePolicyInUseAnswers409NamingHowManyUseIt() {
        Customer c = Customer.create(this, operator(), unique("SpInUse"));
        Pair p = policies(c);
        endpoint(c, p, "one");
        endpoint(c, p, "two");

        Api.Response r = c.admin().delete("/api/v1/service-policies/" + p.service());

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("endpoint_count").asLong()).isEqualTo(2);
        assertThat(r.json().get("detail").asText()).contains("used by 2 endpoint");
        assertThat(c.admin().get("/api/v1/service-policies/" + p.service()).status())
                .isEqualTo(200);
    }

    @Test
    void deletingACoveragePolicyInUseAnswers409NamingHowManyUseIt() {
        Customer c = Customer.create(this, operator(), unique("CpInUse"));
        Pair p = policies(c);
        endpoint(c, p, "only");

        Api.Response r = c.admin().delete("/api/v1/coverage-policies/" + p.coverage());

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("endpoint_count").asLong()).isEqualTo(1);
        assertThat(c.admin().get("/api/v1/coverage-policies/" + p.coverage()).status())
                .isEqualTo(200);
    }

    @Test
    void policyCanBeDeletedOnceNoEndpointUsesIt() {
        Customer c = Customer.create(this, operator(), unique("PolFreed"));
        Pair p = policies(c);
        long endpoint = endpoint(c, p, "leaving");
        c.user().delete("/api/v1/endpoints/" + endpoint);

        assertThat(c.admin().delete("/api/v1/service-policies/" + p.service()).status())
                .isEqualTo(204);
        assertThat(c.admin().delete("/api/v1/coverage-policies/" + p.coverage()).status())
                .isEqualTo(204);
    }
}
