package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.sms.SmsFixtures.text;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** Every reason an MT is refused, each answered 409 naming the field to fix, on record as a refused change. */
class SmsRefusalApiTest extends ApiTest {

    private Customer customer;

    @BeforeEach
    void customer() {
        TestSmsc.connect(operator()); // the SMSC settings name the default source address the sends use
        customer = Customer.create(this, operator(), unique("SmsRefusal"));
    }

    @Test
    void rejectsSmsForDisabledEndpoint() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        assertThat(customer.admin()
                        .patch("/api/v1/endpoints/" + d.endpointId(), Map.of("status", "DISABLED"))
                        .status())
                .isEqualTo(200);

        assertRefused(customer.user().post(d.path(), text("x")), "endpoint.status", d.endpointId());
    }

    @Test
    void rejectsSmsForSuspendedSim() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of(), "SUSPENDED");

        assertRefused(customer.user().post(d.path(), text("x")), "sim.state", d.endpointId());
    }

    @Test
    void rejectsSmsWhenServicePolicyForbidsMt() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of("sms_mt_allowed", false));

        assertRefused(customer.user().post(d.path(), text("x")), "service_policy.sms_mt_allowed", d.endpointId());
    }

    @Test
    void rejectsSmsOnceMonthlyLimitIsReached() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of("sms_limit", 2));
        assertThat(customer.user().post(d.path(), text(unique("a"))).status()).isEqualTo(201);
        assertThat(customer.user().post(d.path(), text(unique("b"))).status()).isEqualTo(201);

        assertRefused(customer.user().post(d.path(), text(unique("c"))), "service_policy.sms_limit", d.endpointId());
        assertThat(customer.user().get(d.path()).header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void rejectsSmsForEndpointWithoutSim() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        java.util.HashMap<String, Object> release = new java.util.HashMap<>();
        release.put("sim_iccid", null);
        assertThat(customer.admin()
                        .patch("/api/v1/endpoints/" + d.endpointId(), release)
                        .status())
                .isEqualTo(200);

        assertRefused(customer.user().post(d.path(), text("x")), "endpoint.sim", d.endpointId());
    }

    private void assertRefused(Api.Response r, String field, long endpointId) {
        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(r.json().get("errors").get(0).get("reason").asString()).isNotBlank();
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'SMS_SEND' AND object_id = ? AND result = 'FAILURE'",
                                Long.class,
                                String.valueOf(endpointId)))
                .isEqualTo(1);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM sms_message WHERE endpoint_id = ? AND status = 'PENDING' AND payload = 'x'",
                                Long.class,
                                endpointId))
                .isZero();
    }
}
