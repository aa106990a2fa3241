package org.simfleet.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.jdbc.core.JdbcTemplate;

/** A customer with an endpoint holding an ACTIVE SIM, made through the API: what the portal's pages show. */
record PortalFleet(Customer customer, long endpointId, String iccid) {

    static PortalFleet create(Customer c, JdbcTemplate jdbc, UnaryOperator<String> unique) {
        Api admin = c.admin();
        Api.Response sp =
                admin.post("/api/v1/service-policies", Map.of("name", unique.apply("Data"), "apns", List.of("em")));
        Api.Response cp = admin.post("/api/v1/coverage-policies", Map.of("name", unique.apply("Anywhere")));
        assertThat(sp.status()).as("service policy: %s", sp).isEqualTo(201);
        assertThat(cp.status()).as("coverage policy: %s", cp).isEqualTo(201);
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        Api.Response e = admin.post(
                "/api/v1/endpoints",
                Map.of(
                        "name", unique.apply("Tracker"),
                        "service_policy_id", sp.json().get("id").asLong(),
                        "coverage_policy_id", cp.json().get("id").asLong(),
                        "sim_iccid", iccid));
        assertThat(e.status()).as("endpoint: %s", e).isEqualTo(201);
        return new PortalFleet(c, e.json().get("id").asLong(), iccid);
    }

    /** The sign-in e-mail of the customer's user {@code who} (admin, reader, …). */
    String email(String who) {
        return who + "@" + customer.name().toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".test";
    }
}
