package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.SmscSimulator;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.PartResult;
import org.simfleet.smpp.ReceiptState;
import org.simfleet.smpp.SubmitResult;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a restart leaves UNKNOWN (claimed, maybe at the SMSC) is decided by its receipt, else sent again after the
 * grace period; and the receipt that overtakes its submit_sm_resp; on the real writer and sender of the running
 * application.
 */
class SmsRestartApiTest extends ApiTest {

    /** simfleet.sms.unknown-grace in the tests' configuration. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    @Autowired
    private SmsWriter writer;

    @Autowired
    private SmsSender sender;

    @Autowired
    private SmsNode node;

    private SmscSimulator smsc;
    private Customer customer;

    @BeforeEach
    void connect() {
        Api operator = operator();
        smsc = TestSmsc.connect(operator);
        customer = Customer.create(this, operator, unique("SmsRestart"));
    }

    @Test
    void matchesTheReceiptOfWhatThisNodeHadClaimedBeforeRestartWithoutResendingIt() throws Exception {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String body = unique("claimed before the crash");
        long id = insert(d, body, "CLAIMED", node.id());

        sender.stop();
        sender.start();

        assertThat(column(id, "submit_state")).isEqualTo("UNKNOWN");
        writer.receipt(receipt("adopted-" + id, d.msisdn(), head(body)))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(SmsFixtures.status(customer.user(), d, id)).isEqualTo("DELIVERED");
        await().during(GRACE.plusSeconds(2)).atMost(GRACE.plusSeconds(10)).until(() -> smsc.submitsWithKey(body) == 0);
    }

    @Test
    void resendsWhatThisNodeHadClaimedBeforeRestartWhenNoReceiptComesWithinTheGrace() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String body = unique("claimed, never sent");
        long id = insert(d, body, "CLAIMED", node.id());

        sender.stop();
        sender.start();

        assertThat(column(id, "submit_state")).isEqualTo("UNKNOWN");
        await().atMost(GRACE.plusSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, id), "DELIVERED"::equals);
        assertThat(smsc.submitsWithKey(body)).isEqualTo(1);
    }

    @Test
    void matchesReceiptThatArrivesBeforeItsSubmitResponseIsRecorded() throws Exception {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String body = unique("overtaken");
        long id = insert(d, body, "CLAIMED", "another-node");
        String messageId = "early-" + id;

        writer.receipt(receipt(messageId, d.msisdn(), head(body)))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(column(id, "status")).isEqualTo("IN_PROGRESS");
        writer.outcome(
                claimed(id, d, body),
                new SubmitResult(List.of(new PartResult(0, Outcome.ACCEPTED, messageId, 0, "ok"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> column(id, "status"), "DELIVERED"::equals);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM sms_receipt_pending WHERE smsc_message_id = ?",
                                Long.class,
                                messageId))
                .isZero();
    }

    private long insert(SmsFixtures.Device d, String body, String submitState, String claimedBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc().update(
                        """
                        INSERT INTO sms_message (org_id, endpoint_id, iccid, direction, status, source_address,
                            destination_address, payload, parts, submit_date, expiry_date, submit_state, attempts,
                            next_attempt_at, claimed_at, claimed_by)
                        VALUES (?, ?, ?, 'MT', 'IN_PROGRESS', 'Simfleet', ?, ?, 1, ?, ?, ?, 1, ?, ?, ?)""",
                        customer.id(),
                        d.endpointId(),
                        d.iccid(),
                        d.msisdn(),
                        body,
                        now,
                        now.plusHours(1),
                        submitState,
                        now,
                        now,
                        claimedBy);
        return jdbc().queryForObject(
                        "SELECT id FROM sms_message WHERE endpoint_id = ? AND payload = ?",
                        Long.class,
                        d.endpointId(),
                        body);
    }

    private Claimed claimed(long id, SmsFixtures.Device d, String body) {
        return new Claimed(
                id,
                customer.id(),
                d.endpointId(),
                null,
                d.iccid(),
                "Simfleet",
                d.msisdn(),
                SmsBody.text(body),
                1,
                Instant.now().plusSeconds(3600),
                1,
                null,
                List.of());
    }

    private static DeliveryReceipt receipt(String messageId, String handset, String head) {
        return new DeliveryReceipt(
                messageId,
                ReceiptState.DELIVERED,
                handset,
                "Simfleet",
                null,
                Instant.now(),
                "000",
                null,
                head,
                "id:" + messageId + " stat:DELIVRD text:" + head,
                false);
    }

    /** What an SMSC puts in a receipt's text: field, the first 20 characters (SMPP 3.4 Appendix B). */
    private static String head(String body) {
        return body.substring(0, Math.min(20, body.length()));
    }

    private String column(long id, String column) {
        return jdbc().queryForObject("SELECT " + column + " FROM sms_message WHERE id = ?", String.class, id);
    }
}
