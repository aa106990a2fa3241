package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.SmscSimulator;
import tools.jackson.databind.JsonNode;

class ApnConfigurationApiTest extends ApiTest {

    private SmscSimulator smsc;
    private Customer customer;

    @BeforeEach
    void connect() {
        Api operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("Apn"));
    }

    @Test
    void sendsSmsModelsCommandsAsSmsInStepOrder() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
        try (AutoCloseable sub = smsc.onDeliveredMt(mt -> {
            if (mt.destination().equals(d.msisdn())) {
                seen.add(mt.text());
            }
        })) {
            Api.Response r = customer.user()
                    .post(
                            "/api/v1/endpoints/" + d.endpointId() + "/apn-configuration",
                            Map.of("model_id", "teltonika-gps", "apn", "em"));

            assertThat(r.status()).as("%s", r).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("sent").asBoolean()).isTrue();
            JsonNode first = body.get("commands").get(0);
            assertThat(first.get("text").asString()).isEqualTo("  setparam 2001:em");
            long smsId = first.get("sms_id").asLong();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> SmsFixtures.status(customer.user(), d, smsId), "DELIVERED"::equals);
            assertThat(seen).containsExactly("  setparam 2001:em");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersAtCommandModelsTextWithoutSending() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());

        Api.Response r = customer.user()
                .post(
                        "/api/v1/endpoints/" + d.endpointId() + "/apn-configuration",
                        Map.of("model_id", "u-blox", "apn", "em"));

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("sent").asBoolean()).isFalse();
        assertThat(r.json().get("commands").get(0).has("sms_id")).isFalse();
        assertThat(customer.user().get(d.path()).header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void refusesForEndpointWhosePolicyForbidsSmsMt() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of("sms_mt_allowed", false));

        Api.Response r = customer.user()
                .post(
                        "/api/v1/endpoints/" + d.endpointId() + "/apn-configuration",
                        Map.of("model_id", "teltonika-gps", "apn", "em"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(customer.user().get(d.path()).header("X-Total-Count")).isEqualTo("0");
    }
}
