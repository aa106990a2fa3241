package org.simfleet.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simfleet.smpp.BindMode;
import org.simfleet.smpp.BindState;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.SmppClient;
import org.simfleet.smpp.SubmitResult;

@Timeout(30)
class SmppClientBindTest {
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

    @Test
    void bindsAsTransceiverAndReportsTheState() throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc()).start();
        client = SmppClient.create(Loopback.client(smsc), listener).start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
        assertThat(smsc.stats().binds()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> listener.states.stream().anyMatch(s -> s.startsWith("BOUND: transceiver bound")));
    }

    @Test
    void bindsATransmitterAndAReceiverThatCarryAMessageAndItsReceipt() throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc()).start();
        client = SmppClient.create(Loopback.client(smsc).withBindMode(BindMode.TRANSMITTER_AND_RECEIVER), listener)
                .start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().binds() == 2);
        SubmitResult result = client.submit(OutboundSms.text(Loopback.HANDSET, "hello"))
                .toCompletableFuture()
                .get();
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> listener.receiptFor(result.messageIds().get(0)) != null);
    }

    @Test
    void keepsAnIdleLinkAliveWithEnquireLink() throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc()).start();
        client = SmppClient.create(Loopback.client(smsc).withEnquireLinkInterval(Duration.ofMillis(200)), listener)
                .start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().enquireLinks() >= 3);
        assertThat(client.state()).isEqualTo(BindState.BOUND);
        assertThat(smsc.stats().binds()).isEqualTo(1);
    }

    @Test
    void keepsRetryingABindWithAWrongPasswordAndSaysWhy() throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc()).start();
        client = SmppClient.create(
                        Loopback.client(smsc).withReconnectDelays(Duration.ofMillis(20), Duration.ofMillis(50)),
                        listener)
                .start();
        smsc.close();
        smsc = SmscSimulator.create(SmscConfig.defaults(Loopback.SYSTEM_ID, "other"))
                .start();
        client.close();
        client = SmppClient.create(
                        org.simfleet.smpp.SmppConfig.defaults("127.0.0.1", smsc.port(), Loopback.SYSTEM_ID, "secret")
                                .withReconnectDelays(Duration.ofMillis(20), Duration.ofMillis(50)),
                        listener)
                .start();
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.stats().bindsRefused() >= 3);
        assertThat(client.state()).isNotEqualTo(BindState.BOUND);
        assertThat(listener.states).anyMatch(s -> s.contains("ESME_RINVPASWD"));
        assertThat(client.stats().reconnects()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void answersRetryAtOnceWhenNotBound() throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc()).start();
        smsc.refuseBinds(Duration.ofMinutes(1));
        client = SmppClient.create(Loopback.client(smsc), listener).start();
        SubmitResult result = client.submit(OutboundSms.text(Loopback.HANDSET, "early"))
                .toCompletableFuture()
                .get();
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.parts().get(0).detail()).contains("not bound");
        assertThat(smsc.stats().submits()).isZero();
    }

    @Test
    void unbindsOnCloseAndAnswersRetryAfterwards() throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc()).start();
        client = SmppClient.create(Loopback.client(smsc), listener).start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
        client.close();
        assertThat(client.state()).isEqualTo(BindState.CLOSED);
        SubmitResult result = client.submit(OutboundSms.text(Loopback.HANDSET, "late"))
                .toCompletableFuture()
                .get();
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(listener.states).last().asString().startsWith("CLOSED");
    }
}
