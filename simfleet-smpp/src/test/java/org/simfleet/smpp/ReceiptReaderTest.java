package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;
import org.junit.jupiter.api.Test;

class ReceiptReaderTest {

    private static DeliverSm deliverSm(byte esmClass, String text, OptionalParameter... tlvs) throws Exception {
        byte[] pdu = new DefaultComposer()
                .deliverSm(
                        7,
                        "",
                        (byte) 1,
                        (byte) 1,
                        "4915112345678",
                        (byte) 5,
                        (byte) 0,
                        "Simfleet",
                        esmClass,
                        (byte) 0,
                        (byte) 0,
                        (byte) 0,
                        (byte) 0,
                        text.getBytes(StandardCharsets.ISO_8859_1),
                        tlvs);
        return new DefaultDecomposer().deliverSm(pdu);
    }

    @Test
    void readsTheTextOfAReceipt() throws Exception {
        DeliveryReceipt r = ReceiptReader.read(deliverSm(
                (byte) 0x04,
                "id:A1B2 sub:001 dlvrd:001 submit date:2612012005 done date:2612012006 stat:DELIVRD err:000"
                        + " text:Hello"));
        assertThat(r.messageId()).isEqualTo("A1B2");
        assertThat(r.state()).isEqualTo(ReceiptState.DELIVERED);
        assertThat(r.handset()).isEqualTo("4915112345678");
        assertThat(r.recipient()).isEqualTo("Simfleet");
        assertThat(r.submittedAt()).isEqualTo(Instant.parse("2026-12-01T20:05:00Z"));
        assertThat(r.doneAt()).isEqualTo(Instant.parse("2026-12-01T20:06:00Z"));
        assertThat(r.errorCode()).isEqualTo("000");
        assertThat(r.textHead()).isEqualTo("Hello");
        assertThat(r.intermediate()).isFalse();
        assertThat(r.isFinal()).isTrue();
    }

    @Test
    void letsTheTlvsWinOverTheText() throws Exception {
        DeliveryReceipt r = ReceiptReader.read(deliverSm(
                (byte) 0x04,
                "id:12345 stat:DELIVRD err:000",
                new OptionalParameter.Receipted_message_id("3039"),
                new OptionalParameter.Message_state((byte) 5),
                new OptionalParameter.Network_error_code(new byte[] {3, 0x00, 0x22})));
        assertThat(r.messageId()).isEqualTo("3039");
        assertThat(r.state()).isEqualTo(ReceiptState.UNDELIVERABLE);
        assertThat(r.networkErrorCode()).isEqualTo(0x22);
        assertThat(r.rawText()).isEqualTo("id:12345 stat:DELIVRD err:000");
    }

    @Test
    void readsAReceiptThatIsOnlyTlvs() throws Exception {
        DeliveryReceipt r = ReceiptReader.read(deliverSm(
                (byte) 0x04,
                "",
                new OptionalParameter.Receipted_message_id("ff01"),
                new OptionalParameter.Message_state((byte) 3)));
        assertThat(r.messageId()).isEqualTo("ff01");
        assertThat(r.state()).isEqualTo(ReceiptState.EXPIRED);
        assertThat(r.textHead()).isNull();
    }

    @Test
    void marksAnIntermediateNotificationAsNotFinal() throws Exception {
        DeliveryReceipt r = ReceiptReader.read(deliverSm((byte) 0x20, "id:77 stat:ACCEPTD"));
        assertThat(r.state()).isEqualTo(ReceiptState.ACCEPTED);
        assertThat(r.intermediate()).isTrue();
        assertThat(r.isFinal()).isFalse();
    }

    @Test
    void answersNullForAReceiptWithoutIdOrState() throws Exception {
        assertThat(ReceiptReader.read(deliverSm((byte) 0x04, "garbage"))).isNull();
        assertThat(ReceiptReader.read(deliverSm((byte) 0x04, "id:1 stat:WHATEVER")))
                .isNull();
    }

    @Test
    void tellsReceiptsFromMessagesByTheEsmClassType() {
        assertThat(ReceiptReader.isReceipt((byte) 0x04)).isTrue();
        assertThat(ReceiptReader.isReceipt((byte) 0x44)).isTrue();
        assertThat(ReceiptReader.isReceipt((byte) 0x20)).isTrue();
        assertThat(ReceiptReader.isReceipt((byte) 0x00)).isFalse();
        assertThat(ReceiptReader.isReceipt((byte) 0x40)).isFalse();
    }
}
