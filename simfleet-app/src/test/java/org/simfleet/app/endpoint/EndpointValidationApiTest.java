package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.auditRows;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.patch;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each rule on its own: answered 422 naming the field (and tag index), and no endpoint is stored. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointValidationApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private Customer customer;
    private EndpointFixtures.Policies policies;

    @BeforeAll
    void organisation() {
        customer = Customer.create(this, operator(), unique("EpValidation"));
        policies = EndpointFixtures.policies(customer.admin());
    }

    static Stream<Arguments> invalidFields() {
        List<String> manyTags = IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
        return Stream.of(
                Arguments.of("name", patch("name", null)),
                Arguments.of("name", patch("name", "x".repeat(201))),
                Arguments.of("tags", patch("tags", manyTags)),
                Arguments.of("tags[1]", patch("tags", List.of("ok", "has space"))),
                Arguments.of("tags[0]", patch("tags", List.of("t".repeat(65)))),
                Arguments.of("tags[0]", patch("tags", List.of(""))),
                Arguments.of("tags[1]", patch("tags", List.of("a", "a"))),
                Arguments.of("tags[1]", patch("tags", Arrays.asList("ok", null))),
                Arguments.of("imei", patch("imei", "490154203237519")),
                Arguments.of("imei", patch("imei", "49015420323751A")),
                Arguments.of("imei_lock", patch("imei_lock", true)),
                Arguments.of("status", patch("status", "PAUSED")),
                Arguments.of("service_policy_id", patch("service_policy_id", null)),
                Arguments.of("coverage_policy_id", patch("coverage_policy_id", null)),
                Arguments.of("service_policy_id", patch("service_policy_id", Long.MAX_VALUE)),
                Arguments.of("coverage_policy_id", patch("coverage_policy_id", 0)),
                Arguments.of("sim_iccid", patch("sim_iccid", "8988303700000000001")),
                Arguments.of(
                        "sim_iccid",
                        patch(
                                "sim_iccid",
                                Iccid.withCheckDigit("898830379999999999").value())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidFields")
    void refusesInvalidFieldNamingIt(String field, Map<String, Object> change) {
        String name = unique("invalid");
        Map<String, Object> body = endpoint(name, policies);
        body.putAll(change);

        Api.Response r = customer.user().post(PATH, body);

        assertThat(r.status()).as("%s", r).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM endpoint WHERE org_id = ? AND name = ?",
                        Long.class,
                        customer.id(),
                        body.get("name")))
                .isZero();
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        Api.Response r = customer.user().post(PATH, Map.of("tags", List.of("bad tag"), "imei", "123", "status", "ON"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "name", "tags[0]", "imei", "status", "service_policy_id", "coverage_policy_id");
    }

    @Test
    void anotherOrganisationsPolicyIsRefusedAsUnknown() {
        Customer other = Customer.create(this, operator(), unique("EpForeignPolicy"));
        EndpointFixtures.Policies foreign = EndpointFixtures.policies(other.admin());

        Api.Response r = customer.user().post(PATH, endpoint(unique("borrowing"), foreign));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("service_policy_id", "coverage_policy_id");
        assertThat(r.json().get("errors").findValuesAsString("reason"))
                .containsExactlyInAnyOrder(
                        "no such service policy in your organisation", "no such coverage policy in your organisation");
    }

    @Test
    void refusedPatchChangesNothing() {
        String name = unique("stable");
        long id = create(customer.user(), endpoint(name, policies));

        Api.Response r = customer.user()
                .patch(PATH + "/" + id, Map.of("name", "renamed", "tags", List.of("new"), "imei", "123"));

        assertThat(r.status()).isEqualTo(422);
        var stored = customer.user().get(PATH + "/" + id).json();
        assertThat(stored.get("name").asText()).isEqualTo(name);
        assertThat(stored.get("tags").isEmpty()).isTrue();
        assertThat(auditRows(jdbc, "endpoint", id))
                .extracting(row -> row.get("action"))
                .containsExactly("ENDPOINT_CREATE");
    }

    @Test
    void clearingTheImeiOfALockedEndpointIsRefused() {
        Map<String, Object> body = endpoint(unique("locked"), policies);
        body.put("imei", "490154203237518");
        body.put("imei_lock", true);
        long id = create(customer.user(), body);

        Api.Response r = customer.user().patch(PATH + "/" + id, patch("imei", null));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("imei_lock");
        assertThat(customer.user().get(PATH + "/" + id).json().get("imei").asText())
                .isEqualTo("490154203237518");
    }

    @Test
    void acceptsASixteenDigitImeisv() {
        Map<String, Object> body = endpoint(unique("imeisv"), policies);
        body.put("imei", "3548840910224512");
        body.put("imei_lock", true);

        assertThat(customer.user().post(PATH, body).status()).isEqualTo(201);
    }
}
