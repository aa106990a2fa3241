package org.simfleet.smpp.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.simfleet.smpp.BindMode;
import org.simfleet.smpp.BindState;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.InboundSms;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.PartResult;
import org.simfleet.smpp.ReceiptState;
import org.simfleet.smpp.SmppClient;
import org.simfleet.smpp.SmppClientStats;
import org.simfleet.smpp.SmppConfig;
import org.simfleet.smpp.SmsContent;
import org.simfleet.smpp.SmsListener;
import org.simfleet.smpp.SubmitResult;
import org.simfleet.smpp.codec.Alphabet;
import org.simfleet.smpp.codec.EncodedSms;
import org.simfleet.smpp.codec.SmsEncoder;

/**
 * The platform's view of the library, from outside its packages: if a public type or method the platform builds
 * against changes, this file stops compiling.
 */
class PublicApiTest {

    @Test
    void theWholePublicSurfaceIsReachableFromAnotherPackage() throws Exception {
        SmppConfig config = SmppConfig.defaults("127.0.0.1", 2775, "simfleet", "secret")
                .withBindMode(BindMode.TRANSMITTER_AND_RECEIVER)
                .withSystemType("cmp")
                .withWindow(10)
                .withQueueCapacity(100)
                .withMaxSubmitsPerSecond(50)
                .withDeliveryReceipts(true)
                .withDefaultSource("Simfleet")
                .withEnquireLinkInterval(Duration.ofSeconds(30))
                .withResponseTimeout(Duration.ofSeconds(5))
                .withReconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(30));
        SmsListener listener = new SmsListener() {
            @Override
            public CompletionStage<Void> onReceipt(DeliveryReceipt receipt) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Void> onMessage(InboundSms message) {
                return CompletableFuture.completedFuture(null);
            }
        };
        try (SmppClient client = SmppClient.create(config, listener)) {
            assertThat(client.state()).isEqualTo(BindState.DISCONNECTED);
            OutboundSms sms =
                    new OutboundSms("4915112345678", null, SmsContent.Binary.of(new byte[] {1}), Instant.now(), 7);
            SubmitResult result = client.submit(sms).toCompletableFuture().get();
            assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
            List<PartResult> parts = result.parts();
            assertThat(parts.get(0).commandStatus()).isEqualTo(PartResult.NO_STATUS);
            SubmitResult again = client.resubmit(sms, result.concatenationReference(), result.partsWith(Outcome.RETRY))
                    .toCompletableFuture()
                    .get();
            assertThat(again.outcome()).isEqualTo(Outcome.RETRY);
            SmppClientStats stats = client.stats();
            assertThat(stats.retry()).isEqualTo(2);
        }
        EncodedSms encoded = SmsEncoder.encode(new SmsContent.Text("hello"), 1);
        assertThat(encoded.alphabet()).isEqualTo(Alphabet.GSM7);
        assertThat(encoded.partCount()).isEqualTo(1);
        assertThat(ReceiptState.DELIVERED.isFinal()).isTrue();
    }
}
