package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.policy.PolicyFixtures.countNamed;
import static org.simfleet.app.policy.PolicyFixtures.coveragePolicy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each rule on its own: the request is answered 422 naming the field and list index, and nothing is stored. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoveragePolicyValidationApiTest extends ApiTest {

    private static final String PATH = "/api/v1/coverage-policies";

    @Autowired
    JdbcTemplate jdbc;

    private Customer customer;

    @BeforeAll
    void organisation() {
        customer = Customer.create(this, operator(), unique("CpValidation"));
    }

    static Stream<Arguments> invalidFields() {
        Map<String, Object> nullCountry = new HashMap<>();
        nullCountry.put("allowed_countries", Arrays.asList("262", null));
        List<String> tooMany =
                IntStream.range(0, 301).mapToObj(i -> String.format("%03d", i)).toList();
        return Stream.of(
                Arguments.of("name", Map.of("name", "")),
                Arguments.of("allowed_countries[2]", Map.of("allowed_countries", List.of("262", "208", "26"))),
                Arguments.of("allowed_countries[0]", Map.of("allowed_countries", List.of("DEU"))),
                Arguments.of("allowed_countries[1]", Map.of("allowed_countries", List.of("262", "262"))),
                Arguments.of("allowed_countries[1]", nullCountry),
                Arguments.of("allowed_countries", Map.of("allowed_countries", tooMany)),
                Arguments.of("blocked_operators[0]", Map.of("blocked_operators", List.of("26201"))),
                Arguments.of("blocked_operators[0]", Map.of("blocked_operators", List.of("262-1"))),
                Arguments.of("blocked_operators[1]", Map.of("blocked_operators", List.of("262-01", "262-0001"))),
                Arguments.of("blocked_operators[0]", Map.of("blocked_operators", List.of("2620-01"))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidFields")
    void refusesInvalidFieldNamingIt(String field, Map<String, Object> change) {
        String name = unique("invalid");
        Map<String, Object> body = coveragePolicy(name);
        body.putAll(change);

        Api.Response r = customer.admin().post(PATH, body);

        assertThat(r.status()).as("%s", r).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(countNamed(jdbc, "coverage_policy", customer.id(), name)).isZero();
    }
}
