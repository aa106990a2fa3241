package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.policy.PolicyFixtures.countNamed;
import static org.simfleet.app.policy.PolicyFixtures.create;
import static org.simfleet.app.policy.PolicyFixtures.servicePolicy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each rule on its own: the request is answered 422 naming the field (and list index) and nothing is stored. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicePolicyValidationApiTest extends ApiTest {

    private static final String PATH = "/api/v1/service-policies";

    @Autowired
    JdbcTemplate jdbc;

    private Customer customer;

    @BeforeAll
    void organisation() {
        customer = Customer.create(this, operator(), unique("SpValidation"));
    }

    static Stream<Arguments> invalidFields() {
        Map<String, Object> listWithNull = new HashMap<>();
        listWithNull.put("apns", Arrays.asList("iot", null));
        return Stream.of(
                Arguments.of("name", Map.of("name", " ")),
                Arguments.of("name", Map.of("name", "n".repeat(201))),
                Arguments.of("rat_types", Map.of("rat_types", List.of())),
                Arguments.of("rat_types[1]", Map.of("rat_types", List.of("4G", "6G"))),
                Arguments.of("rat_types[1]", Map.of("rat_types", List.of("LTE-M", "lte-m"))),
                Arguments.of("apns", Map.of("apns", List.of())),
                Arguments.of("apns[1]", Map.of("apns", List.of("iot", "bad_apn"))),
                Arguments.of("apns[0]", Map.of("apns", List.of("rac7.example"))),
                Arguments.of("apns[0]", Map.of("apns", List.of("sgsn"))),
                Arguments.of("apns[0]", Map.of("apns", List.of("iot.mnc001.mcc262.gprs"))),
                Arguments.of("apns[0]", Map.of("apns", List.of("a".repeat(64)))),
                Arguments.of("apns[0]", Map.of("apns", List.of("abcdefghi.".repeat(10) + "x"))),
                Arguments.of("apns[0]", Map.of("apns", List.of("-iot"))),
                Arguments.of("apns[0]", Map.of("apns", List.of("iot..example"))),
                Arguments.of("apns[0]", Map.of("apns", List.of("*"))),
                Arguments.of("apns[1]", listWithNull),
                Arguments.of("dns_servers", Map.of("dns_servers", List.of("192.0.2.1", "192.0.2.2", "192.0.2.3"))),
                Arguments.of("dns_servers[0]", Map.of("dns_servers", List.of("dns.google"))),
                Arguments.of("dns_servers[1]", Map.of("dns_servers", List.of("192.0.2.1", "2001:db8::1::2"))),
                Arguments.of("dns_servers[0]", Map.of("dns_servers", List.of("010.0.0.1"))),
                Arguments.of("dns_servers[0]", Map.of("dns_servers", List.of("0.0.0.0"))),
                Arguments.of("dns_servers[1]", Map.of("dns_servers", List.of("2001:db8::53", "2001:DB8:0::53"))),
                Arguments.of("data_limit_bytes", Map.of("data_limit_bytes", -1)),
                Arguments.of("sms_limit", Map.of("sms_limit", -1)),
                Arguments.of("sms_limit", Map.of("sms_limit", 3_000_000_000L)),
                Arguments.of("interim_interval_seconds", Map.of("interim_interval_seconds", 59)),
                Arguments.of("interim_interval_seconds", Map.of("interim_interval_seconds", 86_401)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidFields")
    void refusesInvalidFieldNamingIt(String field, Map<String, Object> change) {
        String name = unique("invalid");
        Map<String, Object> body = servicePolicy(name);
        body.putAll(change);

        Api.Response r = customer.admin().post(PATH, body);

        assertThat(r.status()).as("%s", r).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(r.json().get("errors").get(0).get("reason").asText()).isNotBlank();
        assertThat(countNamed(jdbc, "service_policy", customer.id(), name)).isZero();
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("rat_types", List.of("7G"));
        body.put("sms_limit", -5);

        Api.Response r = customer.admin().post(PATH, body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "rat_types[0]", "apns", "sms_limit");
    }

    @Test
    void acceptsNoApnWhenDataIsNotAllowed() {
        Api.Response r =
                customer.admin().post(PATH, Map.of("name", unique("sms-only"), "data_allowed", false, "sms_limit", 0));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("apns").isEmpty()).isTrue();
    }

    @Test
    void refusedPatchChangesNothing() {
        String name = unique("stable");
        long id = create(customer.admin(), PATH, servicePolicy(name));

        Api.Response r = customer.admin()
                .patch(PATH + "/" + id, Map.of("name", unique("renamed"), "interim_interval_seconds", 30));

        assertThat(r.status()).isEqualTo(422);
        var stored = customer.admin().get(PATH + "/" + id).json();
        assertThat(stored.get("name").asText()).isEqualTo(name);
        assertThat(stored.get("interim_interval_seconds").asInt()).isEqualTo(600);
        assertThat(PolicyFixtures.auditRows(jdbc, customer.id(), "service_policy", id))
                .extracting(row -> row.get("action"))
                .containsExactly("SERVICE_POLICY_CREATE");
    }

    @Test
    void patchThatTurnsDataOnWithoutApnsIsRefused() {
        long id = create(customer.admin(), PATH, Map.of("name", unique("no-data"), "data_allowed", false));

        Api.Response r = customer.admin().patch(PATH + "/" + id, Map.of("data_allowed", true));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("apns");
    }
}
