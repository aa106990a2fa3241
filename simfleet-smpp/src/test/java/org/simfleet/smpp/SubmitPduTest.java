package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.simfleet.smpp.codec.EncodedSms;
import org.simfleet.smpp.codec.SmsEncoder;

/** submit_sm against reference bytes laid out field by field from SMPP 3.4 §4.4.1. */
class SubmitPduTest {

    private static byte[] compose(OutboundSms sms, String source, boolean receipt) throws Exception {
        EncodedSms encoded = SmsEncoder.encode(sms.content(), 0x42);
        return SubmitPdu.compose(1, sms, source, encoded, 0, receipt);
    }

    @Test
    void composesAShortTextFromAnAlphanumericSender() throws Exception {
        byte[] pdu = compose(OutboundSms.text("+4915112345678", "Hello"), "Simfleet", true);
        String expected = String.join(
                " ",
                "00 00 00 3B", // command_length 59
                "00 00 00 04", // command_id submit_sm
                "00 00 00 00", // command_status
                "00 00 00 01", // sequence_number
                "00", // service_type ""
                "05 00", // source_addr_ton alphanumeric, source_addr_npi unknown
                "53 69 6D 66 6C 65 65 74 00", // source_addr "Simfleet"
                "01 01", // dest_addr_ton international, dest_addr_npi E.164
                "34 39 31 35 31 31 32 33 34 35 36 37 38 00", // destination_addr
                "00", // esm_class default
                "00", // protocol_id
                "00", // priority_flag
                "00", // schedule_delivery_time ""
                "00", // validity_period ""
                "01", // registered_delivery: receipt on final outcome
                "00", // replace_if_present_flag
                "00", // data_coding SMSC default (GSM 7-bit, unpacked)
                "00", // sm_default_msg_id
                "05", // sm_length
                "48 65 6C 6C 6F"); // short_message "Hello"
        assertThat(Hex.of(pdu)).isEqualTo(expected);
    }

    @Test
    void carriesValidityPeriodUserMessageReferenceAndUdhi() throws Exception {
        OutboundSms sms = new OutboundSms(
                "4915112345678",
                null,
                new SmsContent.Text("a".repeat(161)),
                Instant.parse("2026-12-02T08:30:15.300Z"),
                42);
        byte[] pdu = compose(sms, "12345", false);
        String hex = Hex.of(pdu);
        // source "12345": a short code, TON unknown, NPI E.164.
        assertThat(hex).contains("00 01 31 32 33 34 35 00 01 01");
        // esm_class UDHI 0x40, protocol_id, priority, schedule "", validity "261202083015300+", no receipt.
        assertThat(hex)
                .contains("40 00 00 00 32 36 31 32 30 32 30 38 33 30 31 35 33 30 30 2B 00 00 00 00 00 9F 05 00 03 42"
                        + " 02 01");
        // TLV user_message_reference (0x0204), length 2, value 42, at the end.
        assertThat(hex).endsWith("02 04 00 02 00 2A");
        assertThat(pdu.length).isEqualTo(((pdu[2] & 0xFF) << 8) | (pdu[3] & 0xFF));
    }

    @Test
    void usesInternationalTonForALongNumericSender() throws Exception {
        byte[] pdu = compose(OutboundSms.text("4915112345678", "x"), "+4930123456", false);
        assertThat(Hex.of(pdu)).contains("00 01 01 34 39 33 30 31 32 33 34 35 36 00");
    }

    @Test
    void writesTheSequenceNumberIntoAComposedPdu() throws Exception {
        byte[] pdu = compose(OutboundSms.text("4915112345678", "x"), "Simfleet", false);
        SubmitPdu.setSequence(pdu, 0x01020304);
        assertThat(Hex.of(pdu).substring(36, 47)).isEqualTo("01 02 03 04");
    }
}
