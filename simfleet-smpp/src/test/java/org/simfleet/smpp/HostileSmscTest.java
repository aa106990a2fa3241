package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jsmpp.util.DefaultComposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An SMSC that sends what no SMSC should: the client answers or drops it, counts it, and stays up. */
@Timeout(30)
class HostileSmscTest {
    private static final int DELIVER_SM = 0x00000005;
    private static final int DELIVER_SM_RESP = 0x80000005;
    private static final int GENERIC_NACK = 0x80000000;

    private ScriptedSmsc smsc;
    private SmppClient client;
    private int receipts;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    private void connect() throws Exception {
        connect(Duration.ofSeconds(30));
    }

    private void connect(Duration enquireLinkInterval) throws Exception {
        smsc = new ScriptedSmsc();
        SmsListener listener = new SmsListener() {
            @Override
            public CompletionStage<Void> onReceipt(DeliveryReceipt receipt) {
                receipts++;
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Void> onMessage(InboundSms message) {
                return CompletableFuture.completedFuture(null);
            }
        };
        client = SmppClient.create(
                        SmppConfig.defaults("127.0.0.1", smsc.port(), "simfleet", "secret")
                                .withReconnectDelays(Duration.ofMillis(20), Duration.ofMillis(50))
                                // This SMSC never answers unbind: keep close() short.
                                .withResponseTimeout(Duration.ofMillis(500))
                                .withEnquireLinkInterval(enquireLinkInterval),
                        listener)
                .start();
        smsc.acceptBind();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
    }

    private static byte[] deliverSm(int seq, byte esmClass, byte[] shortMessage) throws Exception {
        byte[] pdu = new DefaultComposer()
                .deliverSm(
                        seq,
                        "",
                        (byte) 1,
                        (byte) 1,
                        "4915112345678",
                        (byte) 0,
                        (byte) 1,
                        "12345",
                        esmClass,
                        (byte) 0,
                        (byte) 0,
                        (byte) 0,
                        (byte) 0,
                        shortMessage);
        return pdu;
    }

    private static int status(byte[] pdu) {
        return ByteBuffer.wrap(pdu).getInt(8);
    }

    private static int sequence(byte[] pdu) {
        return ByteBuffer.wrap(pdu).getInt(12);
    }

    @Test
    void answersATruncatedDeliverSmWithAGenericNackAndStaysBound() throws Exception {
        connect();
        smsc.write(ScriptedSmsc.pdu(DELIVER_SM, 0, 9, new byte[] {0, 1}));
        byte[] nack = smsc.next(GENERIC_NACK, 5);
        assertThat(nack).isNotNull();
        assertThat(sequence(nack)).isEqualTo(9);
        assertThat(client.stats().malformed()).isEqualTo(1);
        assertThat(client.state()).isEqualTo(BindState.BOUND);
    }

    @Test
    void answersAnUnreadableReceiptPermanentlySoTheSmscDoesNotResendIt() throws Exception {
        connect();
        smsc.write(deliverSm(10, (byte) 0x04, "this is no receipt".getBytes(StandardCharsets.US_ASCII)));
        byte[] resp = smsc.next(DELIVER_SM_RESP, 5);
        assertThat(status(resp)).isEqualTo(0x66); // ESME_RX_R_APPN
        assertThat(receipts).isZero();
        assertThat(client.stats().malformed()).isEqualTo(1);
    }

    @Test
    void answersAnMoWhoseHeaderRunsPastTheMessagePermanently() throws Exception {
        connect();
        smsc.write(deliverSm(11, (byte) 0x40, new byte[] {9, 0, 3, 1}));
        assertThat(status(smsc.next(DELIVER_SM_RESP, 5))).isEqualTo(0x66);
    }

    @Test
    void answersAnUnknownCommandWithGenericNackInvalidCommandId() throws Exception {
        connect();
        smsc.write(ScriptedSmsc.pdu(0x00000777, 0, 12, new byte[0]));
        byte[] nack = smsc.next(GENERIC_NACK, 5);
        assertThat(status(nack)).isEqualTo(0x03);
        assertThat(sequence(nack)).isEqualTo(12);
    }

    @Test
    void dropsAConnectionWhoseCommandLengthCannotBeAndBindsAgain() throws Exception {
        connect();
        smsc.write(new byte[] {0, 0, 0, 5, 1, 2, 3, 4});
        byte[] nack = smsc.next(GENERIC_NACK, 5);
        assertThat(status(nack)).isEqualTo(0x02); // ESME_RINVCMDLEN
        smsc.acceptBind();
        await().atMost(Duration.ofSeconds(5)).until(() -> client.state() == BindState.BOUND);
        assertThat(client.stats().binds()).isEqualTo(2);
        assertThat(client.stats().malformed()).isEqualTo(1);
    }

    @Test
    void neverAllocatesForAHugeCommandLength() throws Exception {
        connect();
        smsc.write(new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 5});
        assertThat(status(smsc.next(GENERIC_NACK, 5))).isEqualTo(0x02);
        smsc.acceptBind();
        await().atMost(Duration.ofSeconds(5)).until(() -> client.stats().binds() == 2);
    }

    @Test
    void givesUpOnAnSmscThatStopsAnsweringEnquireLinkAndBindsAgain() throws Exception {
        connect(Duration.ofMillis(200));
        assertThat(smsc.next(0x00000015, 5)).as("enquire_link").isNotNull();
        smsc.acceptBind();
        await().atMost(Duration.ofSeconds(5)).until(() -> client.stats().binds() == 2);
    }

    @Test
    void answersTheSmscsUnbindAndBindsAgain() throws Exception {
        connect();
        smsc.write(ScriptedSmsc.pdu(0x00000006, 0, 77, new byte[0]));
        byte[] resp = smsc.next(0x80000006, 5);
        assertThat(sequence(resp)).isEqualTo(77);
        smsc.acceptBind();
        await().atMost(Duration.ofSeconds(5)).until(() -> client.stats().binds() == 2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void survivesRandomPdusAndStillTakesAReceiptAfterwards(long seed) throws Exception {
        connect();
        Random random = new Random(seed);
        int[] ids = {DELIVER_SM, 0x80000004, 0x00000015, 0x80000015, 0x00000102, 0x00000103, GENERIC_NACK};
        for (int i = 0; i < 200; i++) {
            byte[] body = new byte[random.nextInt(120)];
            random.nextBytes(body);
            smsc.write(ScriptedSmsc.pdu(ids[random.nextInt(ids.length)], random.nextInt(3), 1000 + i, body));
        }
        smsc.write(deliverSm(5000, (byte) 0x04, "id:abc stat:DELIVRD".getBytes(StandardCharsets.US_ASCII)));
        await().atMost(Duration.ofSeconds(5)).until(() -> receipts >= 1);
        assertThat(client.state()).isEqualTo(BindState.BOUND);
        assertThat(client.stats().binds()).isEqualTo(1);
    }
}
