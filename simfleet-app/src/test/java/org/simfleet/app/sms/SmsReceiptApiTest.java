package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.simfleet.app.sms.SmsFixtures.text;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.Delivery;
import org.simfleet.simulator.smsc.SmscSimulator;
import tools.jackson.databind.JsonNode;

/** Receipts (and the SMSC's own answers) mapped to statuses. */
class SmsReceiptApiTest extends ApiTest {

    private Api operator;
    private SmscSimulator smsc;
    private Customer customer;

    @BeforeEach
    void connect() {
        operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("SmsReceipt"));
    }

    @AfterEach
    void clear() {
        smsc.clearFaults();
        TestSmsc.awaitBound(operator);
    }

    @Test
    void marksSmsFailedWhenReceiptSaysUndeliverable() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        TestSmsc.handset(d.msisdn(), new Delivery.Failed(Duration.ofMillis(10), "001", 1));

        JsonNode sms = finalMessage(d, customer.user().post(d.path(), text(unique("fail"))));

        assertThat(sms.get("status").asString()).isEqualTo("FAILED");
        assertThat(sms.get("failure_reason").asString()).contains("UNDELIV");
        assertThat(count("SELECT COUNT(*) FROM event WHERE org_id = ? AND type = 'SMS_MT_FAILED'", customer.id()))
                .isEqualTo(1);
    }

    @Test
    void marksSmsFailedWhenSmscRefusesTheSubmit() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        TestSmsc.handset(d.msisdn(), new Delivery.Rejected(0x0B));

        JsonNode sms = finalMessage(d, customer.user().post(d.path(), text(unique("refused"))));

        assertThat(sms.get("status").asString()).isEqualTo("FAILED");
        assertThat(sms.get("failure_reason").asString()).contains("0x0000000B");
    }

    @Test
    void marksSmsExpiredWhenSmscReportsItExpired() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        TestSmsc.handset(d.msisdn(), new Delivery.Unreachable());
        Map<String, Object> body = Map.of(
                "payload",
                unique("unreachable"),
                "expiry_date",
                Instant.now().plusSeconds(3).toString());

        JsonNode sms = finalMessage(d, customer.user().post(d.path(), body));

        assertThat(sms.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(sms.get("failure_reason").asString()).contains("EXPIRED");
        assertThat(sms.has("sent_date")).isTrue();
    }

    @Test
    void expiresSmsTheSmscNeverTookByItsExpiryDate() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        smsc.dropConnections(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> operator.get("/api/v1/network/smsc")
                                .json()
                                .path("bind_state")
                                .asString(),
                        s -> !s.equals("BOUND"));
        Map<String, Object> body = Map.of(
                "payload",
                unique("late"),
                "expiry_date",
                Instant.now().plusSeconds(2).toString());

        JsonNode sms = finalMessage(d, customer.user().post(d.path(), body));

        assertThat(sms.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(sms.get("failure_reason").asString()).isEqualTo("expired before the SMSC took it");
        assertThat(sms.has("sent_date")).isFalse();
    }

    private JsonNode finalMessage(SmsFixtures.Device d, Api.Response posted) {
        assertThat(posted.status()).as("%s", posted).isEqualTo(201);
        long id = posted.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> SmsFixtures.status(customer.user(), d, id),
                        s -> !s.equals("PENDING") && !s.equals("IN_PROGRESS"));
        return customer.user().get(d.path() + "/" + id).json();
    }

    private long count(String sql, Object... args) {
        return jdbc().queryForObject(sql, Long.class, args);
    }
}
