package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.simfleet.app.sms.SmsFixtures.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.SmscSimulator;

/**
 * An SMSC outage with submits in flight: the client reconnects by itself, what never left is resubmitted, what was
 * in flight (UNKNOWN) and the SMSC had is matched by its receipt after the rebind, and the rest of it is sent again
 * after the grace period: every message delivered, none submitted twice.
 */
class SmsOutageApiTest extends ApiTest {

    private static final int MESSAGES = 200;

    private Api operator;
    private SmscSimulator smsc;
    private Customer customer;

    @BeforeEach
    void connect() {
        operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("SmsOutage"));
    }

    @AfterEach
    void clear() {
        smsc.clearFaults();
        TestSmsc.awaitBound(operator);
    }

    @Test
    void deliversEveryMessageOnceAcrossAnSmscOutage() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String run = unique("outage");
        long duplicatesBefore = smsc.stats().duplicateSubmits();
        smsc.slowResponses(Duration.ofMillis(300)); // so that the drop finds submits in flight
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            // the number first: a receipt's text head (its first 20 characters) then tells the messages apart
            String body = String.format("%04d %s", i, run);
            texts.add(body);
            assertThat(customer.user().post(d.path(), text(body)).status()).isEqualTo(201);
            if (i == MESSAGES / 2) {
                smsc.dropConnections(Duration.ofSeconds(1));
                smsc.slowResponses(Duration.ZERO);
            }
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count(
                                "SELECT COUNT(*) FROM sms_message WHERE endpoint_id = ?"
                                        + " AND submit_state <> 'DONE'",
                                d.endpointId())
                        == 0);

        assertThat(smsc.stats().duplicateSubmits() - duplicatesBefore).isZero();
        for (String body : texts) {
            String status = jdbc().queryForObject(
                            "SELECT status FROM sms_message WHERE endpoint_id = ? AND payload = ?",
                            String.class,
                            d.endpointId(),
                            body);
            assertThat(status).as("%s", body).isEqualTo("DELIVERED");
            assertThat(smsc.submitsWithKey(body)).as("submits of %s", body).isEqualTo(1);
        }
    }

    private long count(String sql, Object... args) {
        return jdbc().queryForObject(sql, Long.class, args);
    }
}
