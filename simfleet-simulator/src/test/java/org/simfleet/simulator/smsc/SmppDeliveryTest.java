package org.simfleet.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.InboundSms;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.ReceiptState;
import org.simfleet.smpp.SmppClient;
import org.simfleet.smpp.SmsContent;
import org.simfleet.smpp.SubmitResult;

@Timeout(60)
class SmppDeliveryTest {
    private static final String FAILING = "4915100000001";
    private static final String UNREACHABLE = "4915100000002";

    private final RecordingListener listener = new RecordingListener();
    private SmscSimulator smsc;
    private SmppClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    private void start() throws Exception {
        Handsets handsets = msisdn -> switch (msisdn) {
            case FAILING -> new Delivery.Failed(Duration.ofMillis(20), "034", 0x22);
            case UNREACHABLE -> new Delivery.Unreachable();
            default -> new Delivery.Delivered(Duration.ofMillis(10));
        };
        smsc = SmscSimulator.create(Loopback.smsc()
                        .withHandsets(handsets)
                        .withDefaultValidity(Duration.ofMillis(300))
                        .withRedeliveryDelay(Duration.ofMillis(100)))
                .start();
        client = SmppClient.create(Loopback.client(smsc), listener).start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
    }

    private DeliveryReceipt receiptOf(String destination, String text) throws Exception {
        SubmitResult result = client.submit(OutboundSms.text(destination, text))
                .toCompletableFuture()
                .get();
        String id = result.messageIds().get(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.receiptFor(id) != null);
        return listener.receiptFor(id);
    }

    @Test
    void mapsADeliveredReceipt() throws Exception {
        start();
        DeliveryReceipt r = receiptOf(Loopback.HANDSET, "Set APN iot.example");
        assertThat(r.state()).isEqualTo(ReceiptState.DELIVERED);
        assertThat(r.isFinal()).isTrue();
        assertThat(r.handset()).isEqualTo(Loopback.HANDSET);
        assertThat(r.recipient()).isEqualTo("Simfleet");
        assertThat(r.textHead()).isEqualTo("Set APN iot.example");
        assertThat(r.submittedAt()).isNotNull();
    }

    @Test
    void mapsAFailedReceiptWithItsErrorCodes() throws Exception {
        start();
        DeliveryReceipt r = receiptOf(FAILING, "fails");
        assertThat(r.state()).isEqualTo(ReceiptState.UNDELIVERABLE);
        assertThat(r.errorCode()).isEqualTo("034");
        assertThat(r.networkErrorCode()).isEqualTo(0x22);
    }

    @Test
    void mapsAnExpiredReceipt() throws Exception {
        start();
        DeliveryReceipt r = receiptOf(UNREACHABLE, "nobody home");
        assertThat(r.state()).isEqualTo(ReceiptState.EXPIRED);
    }

    @Test
    void holdsTheDeliverSmRespUntilTheListenersStageCompletes() throws Exception {
        start();
        CompletableFuture<Void> durable = new CompletableFuture<>();
        listener.onReceipt = r -> durable;
        SubmitResult result = client.submit(OutboundSms.text(Loopback.HANDSET, "hold"))
                .toCompletableFuture()
                .get();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> listener.receiptFor(result.messageIds().get(0)) != null);
        // Submits still flow while the receipt waits for its durable write.
        assertThat(client.submit(OutboundSms.text(Loopback.HANDSET, "meanwhile"))
                        .toCompletableFuture()
                        .get()
                        .accepted())
                .isTrue();
        assertThat(smsc.stats().receiptsSent()).isZero();
        durable.complete(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().receiptsSent() >= 1);
    }

    @Test
    void makesTheSmscRedeliverAReceiptWhoseStageFailed() throws Exception {
        start();
        AtomicInteger calls = new AtomicInteger();
        listener.onReceipt = r -> calls.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(new IllegalStateException("database down"))
                : CompletableFuture.completedFuture(null);
        SubmitResult result = client.submit(OutboundSms.text(Loopback.HANDSET, "again"))
                .toCompletableFuture()
                .get();
        String id = result.messageIds().get(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().receiptsSent() == 1);
        assertThat(listener.receipts).filteredOn(r -> r.messageId().equals(id)).hasSize(2);
        assertThat(smsc.stats().receiptsRefused()).isEqualTo(1);
        assertThat(client.stats().deliverErrors()).isEqualTo(1);
    }

    @Test
    void handsOverAShortMoMessage() throws Exception {
        start();
        smsc.sendMo(Loopback.HANDSET, "12345", "GPS 52.52,13.40");
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        InboundSms mo = listener.messages.get(0);
        assertThat(mo.text()).isEqualTo("GPS 52.52,13.40");
        assertThat(mo.source()).isEqualTo(Loopback.HANDSET);
        assertThat(mo.destination()).isEqualTo("12345");
        assertThat(mo.parts()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().moSent() == 1);
    }

    @Test
    void reassemblesALongGsmMoMessage() throws Exception {
        start();
        String text = "Status report {battery: 87%} ".repeat(12);
        smsc.sendMo(Loopback.HANDSET, "12345", text);
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        assertThat(listener.messages.get(0).text()).isEqualTo(text);
        assertThat(listener.messages.get(0).parts()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().moSent() == 3);
    }

    @Test
    void reassemblesALongUcs2MoMessage() throws Exception {
        start();
        String text = "Ответ устройства: всё в порядке 😀 ".repeat(5);
        smsc.sendMo(Loopback.HANDSET, "12345", text);
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        assertThat(listener.messages.get(0).text()).isEqualTo(text);
        assertThat(listener.messages.get(0).dataCoding()).isEqualTo((byte) 0x08);
    }

    @Test
    void reassemblesMoMessagesMarkedWithSarTlvsOrA16BitReference() throws Exception {
        start();
        String sar = "sar ".repeat(60);
        String wide = "wide ".repeat(50);
        smsc.sendMo(Loopback.HANDSET, "12345", new SmsContent.Text(sar), MoConcatenation.SAR);
        smsc.sendMo(Loopback.HANDSET, "12345", new SmsContent.Text(wide), MoConcatenation.UDH_16BIT);
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 2);
        assertThat(listener.messages).extracting(InboundSms::text).containsExactlyInAnyOrder(sar, wide);
    }

    @Test
    void answersNoPartOfAnMoMessageBeforeTheWholeIsDurable() throws Exception {
        start();
        CompletableFuture<Void> durable = new CompletableFuture<>();
        listener.onMessage = m -> durable;
        smsc.sendMo(Loopback.HANDSET, "12345", "x".repeat(300));
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        assertThat(smsc.stats().moSent()).isZero();
        durable.complete(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().moSent() == 2);
    }

    @Test
    void keepsReceiptsForTheNextBindWhenTheClientIsAway() throws Exception {
        start();
        CompletableFuture<Void> never = new CompletableFuture<>();
        listener.onReceipt = r -> never;
        SubmitResult result = client.submit(OutboundSms.text(Loopback.HANDSET, "later"))
                .toCompletableFuture()
                .get();
        String id = result.messageIds().get(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.receiptFor(id) != null);
        // The connection drops before the receipt was acknowledged: the SMSC keeps it and sends it again.
        smsc.dropConnections(Duration.ZERO);
        listener.onReceipt = r -> CompletableFuture.completedFuture(null);
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.stats().receiptsSent() == 1);
        assertThat(listener.receipts).filteredOn(r -> r.messageId().equals(id)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(smsc.stats().receiptsPending()).isZero();
    }

    @Test
    void handsOverOnceAnMoStoredAfterItsConnectionFell() throws Exception {
        start();
        CompletableFuture<Void> durable = new CompletableFuture<>();
        listener.onMessage = m -> durable;
        smsc.sendMo(Loopback.HANDSET, "12345", "POS 47.100,6.200");
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        // the connection falls, then the store commits: the answer cannot go out, so the SMSC sends it again
        smsc.dropConnections(Duration.ZERO);
        awaitClientSawTheDrop(1);
        durable.complete(null);
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.stats().moSent() == 1);
        assertThat(listener.messages).hasSize(1);
        assertThat(client.stats().moRedelivered()).isEqualTo(1);
    }

    @Test
    void handsOverOnceALongMoStoredAfterItsConnectionFell() throws Exception {
        start();
        CompletableFuture<Void> durable = new CompletableFuture<>();
        listener.onMessage = m -> durable;
        String text = "Status report {battery: 87%} ".repeat(12);
        smsc.sendMo(Loopback.HANDSET, "12345", text);
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        smsc.dropConnections(Duration.ZERO);
        awaitClientSawTheDrop(3);
        durable.complete(null);
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.stats().moSent() == 3);
        assertThat(listener.messages).extracting(InboundSms::text).containsExactly(text);
        assertThat(client.stats().moRedelivered()).isEqualTo(3);
    }

    @Test
    void handsOverAgainAnMoWhoseStoreFailedAfterItsConnectionFell() throws Exception {
        start();
        CompletableFuture<Void> failing = new CompletableFuture<>();
        listener.onMessage = m -> failing;
        smsc.sendMo(Loopback.HANDSET, "12345", "POS 47.100,6.200");
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        smsc.dropConnections(Duration.ZERO);
        awaitClientSawTheDrop(1);
        listener.onMessage = m -> CompletableFuture.completedFuture(null);
        failing.completeExceptionally(new IllegalStateException("database down"));
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.stats().moSent() == 1);
        assertThat(listener.messages).hasSize(2);
        assertThat(client.stats().moRedelivered()).isZero();
    }

    @Test
    void handsOverBothWhenADeviceSendsTheSameTextTwice() throws Exception {
        start();
        CompletableFuture<Void> durable = new CompletableFuture<>();
        listener.onMessage = m -> durable;
        smsc.sendMo(Loopback.HANDSET, "12345", "OK");
        smsc.sendMo(Loopback.HANDSET, "12345", "OK");
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
        // the second waits for the first's answer; it went out on a live connection, so the second is a message too
        durable.complete(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().moSent() == 2);
        assertThat(listener.messages).hasSize(2);
        assertThat(client.stats().moRedelivered()).isZero();
    }

    /** Both ends noticed: the SMSC kept {@code unanswered} deliver_sm for later, the client left BOUND. */
    private void awaitClientSawTheDrop(int unanswered) {
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().deliversUnanswered() == unanswered);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> listener.states.stream().anyMatch(st -> st.startsWith("DISCONNECTED")));
    }
}
