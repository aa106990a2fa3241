package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.simfleet.app.sms.SmsFixtures.text;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.SmscSimulator;
import tools.jackson.databind.JsonNode;

class SmsCallbackApiTest extends ApiTest {

    private static final String SECRET = "callback-secret-0123456789";

    private SmscSimulator smsc;
    private Customer customer;
    private CallbackReceiver receiver;

    @BeforeEach
    void connect() throws Exception {
        Api operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("SmsCallback"));
        receiver = new CallbackReceiver();
        Api.Response put = customer.admin().put(callbackPath(), Map.of("url", receiver.url(), "secret", SECRET));
        assertThat(put.status()).as("%s", put).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void postsMoToTheCallbackSigned() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String body = unique("MO for the callback");

        smsc.sendMo(d.msisdn(), "12345", body);

        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received().isEmpty());
        CallbackReceiver.Received r = receiver.received().get(0);
        assertThat(r.signature()).isEqualTo(CallbackSignature.of(SECRET, r.body()));
        JsonNode event = Api.JSON.readTree(r.body()).get(0);
        assertThat(event.get("type").asString()).isEqualTo("SMS_MO_RECEIVED");
        assertThat(event.get("payload").asString()).isEqualTo(body);
        assertThat(event.get("endpoint_id").asLong()).isEqualTo(d.endpointId());
    }

    @Test
    void postsToTheNewUrlWithTheNewSecretAsSoonAsTheCallbackChanged() throws Exception {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        smsc.sendMo(d.msisdn(), "12345", unique("before the change"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received().isEmpty());
        String newSecret = "another-callback-secret-42";
        try (CallbackReceiver moved = new CallbackReceiver()) {
            Api.Response put = customer.admin().put(callbackPath(), Map.of("url", moved.url(), "secret", newSecret));
            assertThat(put.status()).as("%s", put).isEqualTo(200);

            smsc.sendMo(d.msisdn(), "12345", unique("after the change"));

            await().atMost(Duration.ofSeconds(20)).until(() -> !moved.received().isEmpty());
            CallbackReceiver.Received r = moved.received().get(0);
            assertThat(r.signature()).isEqualTo(CallbackSignature.of(newSecret, r.body()));
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void postsDeliveryReportsAndRetriesWhenTheReceiverFails() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        receiver.failNext(2);

        long id = customer.user()
                .post(d.path(), text(unique("report me")))
                .json()
                .get("id")
                .asLong();

        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
        assertThat(receiver.attempts()).isGreaterThanOrEqualTo(3);
        JsonNode event = Api.JSON.readTree(receiver.received().get(0).body()).get(0);
        assertThat(event.get("type").asString()).isEqualTo("SMS_MT_DELIVERED");
        assertThat(event.get("id").asLong()).isEqualTo(id);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM sms_callback_delivery WHERE org_id = ?",
                                        Long.class,
                                        customer.id())
                        == 0);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void postsReportsLeftInTheOutboxByANodeThatStopped() {
        // written leased to a node that stopped before posting it: its lease ran out a second ago
        var expired = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1);
        jdbc().update(
                        "INSERT INTO sms_callback_delivery (org_id, body, attempts, next_attempt_at, created_at)"
                                + " VALUES (?, ?, 0, ?, ?)",
                        customer.id(),
                        "{\"type\":\"SMS_MT_DELIVERED\",\"id\":424242}",
                        expired,
                        expired.minusMinutes(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.received().isEmpty());
        JsonNode event = Api.JSON.readTree(receiver.received().get(0).body()).get(0);
        assertThat(event.get("id").asLong()).isEqualTo(424242);
        assertThat(receiver.received().get(0).signature())
                .isEqualTo(
                        CallbackSignature.of(SECRET, receiver.received().get(0).body()));
    }

    @Test
    void showsTheCallbackWithoutItsSecret() {
        Api.Response r = customer.readOnly().get(callbackPath());

        assertThat(r.json().get("url").asString()).isEqualTo(receiver.url());
        assertThat(r.json().get("secret_set").asBoolean()).isTrue();
        assertThat(r.body()).doesNotContain(SECRET);
    }

    @Test
    void refusesAnotherOrganisationsCallbackAndBadUrls() {
        Customer other = Customer.create(this, operator(), unique("Other"));

        assertThat(other.admin().get(callbackPath()).status()).isEqualTo(404);
        Api.Response bad = customer.admin().put(callbackPath(), Map.of("url", "ftp://x", "secret", "short"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"url\"").contains("\"secret\"");
    }

    private String callbackPath() {
        return "/api/v1/organisations/" + customer.id() + "/sms-callback";
    }
}
