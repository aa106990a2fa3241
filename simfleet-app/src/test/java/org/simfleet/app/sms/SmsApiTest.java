package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.simfleet.app.sms.SmsFixtures.text;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.SmscSimulator;
import tools.jackson.databind.JsonNode;

class SmsApiTest extends ApiTest {

    private Api operator;
    private SmscSimulator smsc;
    private Customer customer;

    @BeforeEach
    void connect() {
        operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("Sms"));
    }

    @Test
    void sendsSmsAndReportsItDeliveredOnce() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String body = unique("hello");
        Api.Response r = customer.user().post(d.path(), text(body));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.header("Location"))
                .isEqualTo(d.path() + "/" + r.json().get("id").asLong());
        // IN_PROGRESS when the sender had room and took it in the same commit, else PENDING until it is claimed
        assertThat(r.json().get("status").asString()).isIn("PENDING", "IN_PROGRESS");
        assertThat(r.json().get("destination_address").asString()).isEqualTo(d.msisdn());
        long id = r.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, id), "DELIVERED"::equals);
        JsonNode sms = customer.user().get(d.path() + "/" + id).json();
        assertThat(sms.get("sent_date").isNull()).isFalse();
        assertThat(sms.get("delivery_date").isNull()).isFalse();
        assertThat(sms.get("iccid").asString()).isEqualTo(d.iccid());
        assertThat(smsc.submitsWithKey(body)).isEqualTo(1);
        assertThat(events(customer.id(), "SMS_MT_SUBMITTED")).isEqualTo(1);
        assertThat(events(customer.id(), "SMS_MT_DELIVERED")).isEqualTo(1);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'SMS_SEND' AND object_id = ? AND result = 'SUCCESS'",
                                Long.class,
                                String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void sendsLongTextInConcatenatedParts() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String body = unique("long") + " " + "x".repeat(300);
        Api.Response r = customer.user().post(d.path(), text(body));

        assertThat(r.json().get("parts").asInt()).isEqualTo(3);
        long id = r.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, id), "DELIVERED"::equals);
    }

    @Test
    void listsMessagesNewestFirstAndFiltersByDirection() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        long first = customer.user()
                .post(d.path(), text(unique("one")))
                .json()
                .get("id")
                .asLong();
        long second = customer.user()
                .post(d.path(), text(unique("two")))
                .json()
                .get("id")
                .asLong();

        Api.Response all = customer.readOnly().get(d.path());
        assertThat(all.header("X-Total-Count")).isEqualTo("2");
        assertThat(all.json().get(0).get("id").asLong()).isEqualTo(second);
        assertThat(all.json().get(1).get("id").asLong()).isEqualTo(first);
        assertThat(customer.readOnly().get(d.path() + "?direction=MO").header("X-Total-Count"))
                .isEqualTo("0");
        assertThat(customer.readOnly().get(d.path() + "?direction=XX").status()).isEqualTo(400);
    }

    @Test
    void answersAnotherOrganisationsMessagesNotFound() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        long id = customer.user()
                .post(d.path(), text(unique("mine")))
                .json()
                .get("id")
                .asLong();
        Customer other = Customer.create(this, operator, unique("Other"));

        assertThat(other.admin().get(d.path() + "/" + id).status()).isEqualTo(404);
        assertThat(other.admin().get(d.path()).status()).isEqualTo(404);
        assertThat(other.admin().post(d.path(), text("x")).status()).isEqualTo(404);
    }

    @Test
    void refusesReadOnlyUsers() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());

        assertThat(customer.readOnly().post(d.path(), text("x")).status()).isEqualTo(403);
    }

    @Test
    void rejectsEmptyPayloadAndPastExpiryTogether() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        Api.Response r = customer.user().post(d.path(), Map.of("payload", "", "expiry_date", "2020-01-01T00:00:00Z"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("\"payload\"").contains("\"expiry_date\"");
    }

    @Test
    void rejectsUnknownFields() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());

        assertThat(customer.user()
                        .post(d.path(), Map.of("payload", "x", "text", "y"))
                        .status())
                .isEqualTo(400);
    }

    private long events(long orgId, String type) {
        return jdbc().queryForObject(
                        "SELECT COUNT(*) FROM event WHERE org_id = ? AND type = ?", Long.class, orgId, type);
    }
}
