package org.simfleet.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.SmppClient;
import org.simfleet.smpp.SmppConfig;
import org.simfleet.smpp.SmsContent;
import org.simfleet.smpp.SubmitResult;

@Timeout(60)
class SmppSubmitTest {
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

    private void start(SmscConfig smscConfig, java.util.function.UnaryOperator<SmppConfig> clientConfig)
            throws Exception {
        smsc = SmscSimulator.create(smscConfig).start();
        client = SmppClient.create(clientConfig.apply(Loopback.client(smsc)), listener)
                .start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
    }

    private SubmitResult submit(OutboundSms sms) throws Exception {
        return client.submit(sms).toCompletableFuture().get();
    }

    @Test
    void acceptsAMessageAndDeliversItToTheHandset() throws Exception {
        start(Loopback.smsc(), c -> c);
        List<DeliveredMt> delivered = new CopyOnWriteArrayList<>();
        smsc.onDeliveredMt(delivered::add);
        SubmitResult result = submit(OutboundSms.text(Loopback.HANDSET, "Set APN iot.example"));
        assertThat(result.accepted()).as(result::toString).isTrue();
        assertThat(result.messageIds()).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
        assertThat(delivered.get(0).text()).isEqualTo("Set APN iot.example");
        assertThat(delivered.get(0).source()).isEqualTo("Simfleet");
        assertThat(delivered.get(0).destination()).isEqualTo(Loopback.HANDSET);
    }

    @Test
    void deliversALongUcs2MessageReassembledToTheHandset() throws Exception {
        start(Loopback.smsc(), c -> c);
        List<DeliveredMt> delivered = new CopyOnWriteArrayList<>();
        smsc.onDeliveredMt(delivered::add);
        String text = "Привет, устройство! ".repeat(10);
        SubmitResult result = submit(OutboundSms.text(Loopback.HANDSET, text));
        assertThat(result.parts()).hasSize(3);
        assertThat(result.accepted()).as(result::toString).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
        assertThat(delivered.get(0).text()).isEqualTo(text);
        assertThat(delivered.get(0).messageIds()).isEqualTo(result.messageIds());
    }

    @Test
    void sendsABinaryDeviceCommandWithItsDataCoding() throws Exception {
        start(Loopback.smsc(), c -> c);
        List<DeliveredMt> delivered = new CopyOnWriteArrayList<>();
        smsc.onDeliveredMt(delivered::add);
        byte[] command = {0x01, 0x02, (byte) 0xFF};
        SubmitResult result = submit(new OutboundSms(
                Loopback.HANDSET, "12345", new SmsContent.Binary(command, (byte) 0xF5, null), null, null));
        assertThat(result.accepted()).as(result::toString).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
        assertThat(delivered.get(0).payload()).isEqualTo(command);
        assertThat(delivered.get(0).dataCoding()).isEqualTo((byte) 0xF5);
        assertThat(delivered.get(0).text()).isNull();
    }

    @Test
    void reportsAPermanentSmscRefusalAsRejected() throws Exception {
        start(Loopback.smsc().withHandsets(msisdn -> new Delivery.Rejected(0x0B)), c -> c);
        SubmitResult result = submit(OutboundSms.text(Loopback.HANDSET, "nobody"));
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.parts().get(0).commandStatus()).isEqualTo(0x0B);
        assertThat(result.parts().get(0).detail()).contains("ESME_RINVDSTADR");
    }

    @Test
    void reportsThrottlingAsRetry() throws Exception {
        start(Loopback.smsc(), c -> c);
        smsc.throttleNext(1);
        SubmitResult first = submit(OutboundSms.text(Loopback.HANDSET, "one"));
        SubmitResult second = submit(OutboundSms.text(Loopback.HANDSET, "two"));
        assertThat(first.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(first.parts().get(0).commandStatus()).isEqualTo(0x58);
        assertThat(second.outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void reportsSubmitsAboveTheSmscsRateAsRetryAndTheClientsCapAvoidsThem() throws Exception {
        start(Loopback.smsc(), c -> c);
        smsc.throttleAbove(20);
        List<CompletableFuture<SubmitResult>> burst = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            burst.add(client.submit(OutboundSms.text(Loopback.HANDSET, "b" + i)).toCompletableFuture());
        }
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).get();
        assertThat(burst).anyMatch(f -> f.join().outcome() == Outcome.RETRY);
        assertThat(burst)
                .filteredOn(f -> f.join().outcome() == Outcome.RETRY)
                .allMatch(f -> f.join().parts().get(0).commandStatus() == 0x58);
        long throttled = smsc.stats().throttled();

        client.close();
        client = SmppClient.create(Loopback.client(smsc).withMaxSubmitsPerSecond(15), listener)
                .start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
        smsc.throttleAbove(20);
        List<CompletableFuture<SubmitResult>> paced = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            paced.add(client.submit(OutboundSms.text(Loopback.HANDSET, "p" + i)).toCompletableFuture());
        }
        CompletableFuture.allOf(paced.toArray(CompletableFuture[]::new)).get();
        assertThat(paced).allMatch(f -> f.join().accepted());
        assertThat(smsc.stats().throttled()).isEqualTo(throttled);
    }

    @Test
    void resubmitsOnlyTheThrottledPartOfALongMessageWithItsReference() throws Exception {
        start(Loopback.smsc().withPduThreads(1), c -> c.withWindow(1));
        List<DeliveredMt> delivered = new CopyOnWriteArrayList<>();
        smsc.onDeliveredMt(delivered::add);
        OutboundSms sms = OutboundSms.text(Loopback.HANDSET, "Long report id=7 " + "x".repeat(300));
        smsc.throttleNext(1);
        SubmitResult first = submit(sms);
        assertThat(first.parts())
                .extracting(p -> p.outcome())
                .containsExactly(Outcome.RETRY, Outcome.ACCEPTED, Outcome.ACCEPTED);
        SubmitResult again = client.resubmit(sms, first.concatenationReference(), first.partsWith(Outcome.RETRY))
                .toCompletableFuture()
                .get();
        assertThat(again.parts()).hasSize(1);
        assertThat(again.parts().get(0).index()).isZero();
        assertThat(again.accepted()).isTrue();
        assertThat(again.concatenationReference()).isEqualTo(first.concatenationReference());
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1);
        assertThat(delivered.get(0).text()).isEqualTo("Long report id=7 " + "x".repeat(300));
        assertThat(smsc.stats().accepted()).isEqualTo(3);
        assertThat(smsc.stats().duplicateSubmits()).isZero();
    }

    @Test
    void refusesToResubmitAPartTheMessageDoesNotHave() throws Exception {
        start(Loopback.smsc(), c -> c);
        SubmitResult r = client.resubmit(OutboundSms.text(Loopback.HANDSET, "short"), 0, List.of(1))
                .toCompletableFuture()
                .get();
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.parts().get(0).detail()).contains("part 1 does not exist");
    }

    @Test
    void rejectsAMessageWithoutASourceAndNoDefault() throws Exception {
        start(Loopback.smsc(), c -> c.withDefaultSource(null));
        SubmitResult result = submit(OutboundSms.text(Loopback.HANDSET, "who am I"));
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(smsc.stats().submits()).isZero();
    }

    @Test
    void keepsAtMostTheWindowOfSubmitsOutstanding() throws Exception {
        start(Loopback.smsc().withPduThreads(32), c -> c.withWindow(4));
        smsc.slowResponses(Duration.ofMillis(100));
        List<CompletableFuture<SubmitResult>> all = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            all.add(client.submit(OutboundSms.text(Loopback.HANDSET, "w" + i)).toCompletableFuture());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> all.stream().allMatch(CompletableFuture::isDone));
        assertThat(all).allMatch(f -> f.join().accepted());
        assertThat(smsc.stats().maxSubmitsInProgress()).isEqualTo(4);
    }

    @Test
    void answersRetryAtOnceBeyondTheQueue() throws Exception {
        start(Loopback.smsc(), c -> c.withWindow(1).withQueueCapacity(2));
        smsc.slowResponses(Duration.ofMillis(300));
        List<CompletableFuture<SubmitResult>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(client.submit(OutboundSms.text(Loopback.HANDSET, "q" + i)).toCompletableFuture());
        }
        // One goes into the window, two wait, two find the queue full.
        assertThat(all.get(3)).isCompleted();
        assertThat(all.get(4)).isCompleted();
        assertThat(all.get(4).join().outcome()).isEqualTo(Outcome.RETRY);
        assertThat(all.get(4).join().parts().get(0).detail()).contains("queue full");
        await().atMost(Duration.ofSeconds(5)).until(() -> all.get(2).isDone());
        assertThat(all.subList(0, 3)).allMatch(f -> f.join().accepted());
    }

    @Test
    void queuesAllPartsOfAMessageOrNone() throws Exception {
        start(Loopback.smsc(), c -> c.withWindow(1).withQueueCapacity(2));
        smsc.slowResponses(Duration.ofMillis(200));
        CompletableFuture<SubmitResult> first =
                client.submit(OutboundSms.text(Loopback.HANDSET, "x")).toCompletableFuture();
        SubmitResult threeParts = submit(OutboundSms.text(Loopback.HANDSET, "a".repeat(400)));
        assertThat(threeParts.parts()).hasSize(3).allMatch(p -> p.outcome() == Outcome.RETRY);
        assertThat(first.get().accepted()).isTrue();
    }

    @Test
    void holdsTheThroughputCap() throws Exception {
        start(Loopback.smsc(), c -> c.withMaxSubmitsPerSecond(100));
        List<CompletableFuture<SubmitResult>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 150; i++) {
            all.add(client.submit(OutboundSms.text(Loopback.HANDSET, "r" + i)).toCompletableFuture());
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        double seconds = (System.nanoTime() - start) / 1e9;
        // 150 at 100/s, with at most 2 taken at once after idling: at least 1.48 s.
        assertThat(seconds).isGreaterThan(1.45);
        assertThat(all).allMatch(f -> f.join().accepted());
    }

    @Test
    void sendsTheValidityPeriodSoAnUnreachableHandsetExpires() throws Exception {
        start(Loopback.smsc().withHandsets(msisdn -> new Delivery.Unreachable()), c -> c);
        Instant until = Instant.now().plusSeconds(1);
        SubmitResult result =
                submit(OutboundSms.text(Loopback.HANDSET, "soon gone").withValidUntil(until));
        String id = result.messageIds().get(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.receiptFor(id) != null);
        assertThat(listener.receiptFor(id).state()).isEqualTo(org.simfleet.smpp.ReceiptState.EXPIRED);
        assertThat(Instant.now()).isAfterOrEqualTo(until.minusMillis(100));
    }
}
