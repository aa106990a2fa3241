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

class SmsMoApiTest extends ApiTest {

    private SmscSimulator smsc;
    private Customer customer;

    @BeforeEach
    void connect() {
        Api operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("SmsMo"));
    }

    @Test
    void storesMoFromEndpointsSimAndEventsIt() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String text = unique("GPS 52.52,13.40");

        smsc.sendMo(d.msisdn(), "12345", text);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> customer.user().get(d.path() + "?direction=MO").header("X-Total-Count"), "1"::equals);
        JsonNode mo = customer.user().get(d.path() + "?direction=MO").json().get(0);
        assertThat(mo.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(mo.get("source_address").asString()).isEqualTo(d.msisdn());
        assertThat(mo.get("destination_address").asString()).isEqualTo("12345");
        assertThat(mo.get("payload").asString()).isEqualTo(text);
        assertThat(mo.get("iccid").asString()).isEqualTo(d.iccid());
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM event WHERE org_id = ? AND type = 'SMS_MO_RECEIVED' AND endpoint_id = ?",
                                Long.class,
                                customer.id(),
                                d.endpointId()))
                .isEqualTo(1);
    }

    @Test
    void reassemblesLongMo() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String text = unique("long") + " " + "y".repeat(400);

        smsc.sendMo(d.msisdn(), "12345", text);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> customer.user().get(d.path() + "?direction=MO").header("X-Total-Count"), "1"::equals);
        JsonNode mo = customer.user().get(d.path() + "?direction=MO").json().get(0);
        assertThat(mo.get("payload").asString()).isEqualTo(text);
        assertThat(mo.get("parts").asInt()).isEqualTo(3);
    }

    @Test
    void acknowledgesMoFromUnknownNumberWithoutStoringIt() {
        long before = smsc.stats().moSent();
        String unknown = "4916" + (System.nanoTime() % 100_000_000L);

        smsc.sendMo(unknown, "12345", unique("stranger"));

        await().atMost(Duration.ofSeconds(20)).until(() -> smsc.stats().moSent() > before);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM sms_message WHERE source_address = ?", Long.class, unknown))
                .isZero();
    }
}
