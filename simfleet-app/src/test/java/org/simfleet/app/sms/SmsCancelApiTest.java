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

class SmsCancelApiTest extends ApiTest {

    private Api operator;
    private SmscSimulator smsc;
    private Customer customer;

    @BeforeEach
    void connect() {
        operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("SmsCancel"));
    }

    @AfterEach
    void reconnect() {
        smsc.clearFaults();
        TestSmsc.awaitBound(operator);
    }

    @Test
    void cancelsPendingSmsSoItIsNeverSubmitted() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        smsc.dropConnections(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> operator.get("/api/v1/network/smsc")
                                .json()
                                .path("bind_state")
                                .asString(),
                        s -> !s.equals("BOUND"));
        String body = unique("cancel-me");
        long id = customer.user().post(d.path(), text(body)).json().get("id").asLong();

        Api.Response r = customer.user().delete(d.path() + "/" + id);

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("CANCELED");
        smsc.clearFaults();
        TestSmsc.awaitBound(operator);
        long later = customer.user()
                .post(d.path(), text(unique("after")))
                .json()
                .get("id")
                .asLong();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, later), "DELIVERED"::equals);
        assertThat(smsc.submitsWithKey(body)).isZero();
        assertThat(SmsFixtures.status(customer.user(), d, id)).isEqualTo("CANCELED");
    }

    @Test
    void refusesToCancelDeliveredSms() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        long id = customer.user()
                .post(d.path(), text(unique("done")))
                .json()
                .get("id")
                .asLong();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, id), "DELIVERED"::equals);

        Api.Response r = customer.user().delete(d.path() + "/" + id);

        assertThat(r.status()).isEqualTo(409);
        assertThat(SmsFixtures.status(customer.user(), d, id)).isEqualTo("DELIVERED");
    }
}
