package org.simfleet.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.simfleet.smpp.ReceiptState;

class ReceiptTextTest {

    @Test
    void readsTheAppendixBLayout() {
        ReceiptText.Fields f = ReceiptText.parse("id:0123456789 sub:001 dlvrd:001 submit date:0610191018 done"
                + " date:0610191019 stat:DELIVRD err:000 text:Hello world");
        assertThat(f.id()).isEqualTo("0123456789");
        assertThat(f.submitted()).isEqualTo("001");
        assertThat(f.delivered()).isEqualTo("001");
        assertThat(f.submitDate()).isEqualTo(Instant.parse("2006-10-19T10:18:00Z"));
        assertThat(f.doneDate()).isEqualTo(Instant.parse("2006-10-19T10:19:00Z"));
        assertThat(f.state()).isEqualTo(ReceiptState.DELIVERED);
        assertThat(f.error()).isEqualTo("000");
        assertThat(f.text()).isEqualTo("Hello world");
    }

    @Test
    void readsCapitalisedTextKeyAndHexIds() {
        // As Logica/CMG-style SMSCs send it: "Text:" and a hexadecimal id.
        ReceiptText.Fields f = ReceiptText.parse("id:7220E7D8 sub:001 dlvrd:000 submit date:1901011200 done"
                + " date:1901011201 stat:UNDELIV err:034 Text:Set APN iot.1nce");
        assertThat(f.id()).isEqualTo("7220E7D8");
        assertThat(f.state()).isEqualTo(ReceiptState.UNDELIVERABLE);
        assertThat(f.error()).isEqualTo("034");
        assertThat(f.text()).isEqualTo("Set APN iot.1nce");
    }

    @Test
    void readsDatesWithSeconds() {
        ReceiptText.Fields f =
                ReceiptText.parse("id:1234 submit date:190101120000 done date:190101120105 stat:DELIVRD err:0");
        assertThat(f.submitDate()).isEqualTo(Instant.parse("2019-01-01T12:00:00Z"));
        assertThat(f.doneDate()).isEqualTo(Instant.parse("2019-01-01T12:01:05Z"));
    }

    @Test
    void readsUpperCaseKeysAndUnderscoredDates() {
        ReceiptText.Fields f = ReceiptText.parse(
                "ID:987 SUB:001 DLVRD:000 SUBMIT_DATE:2001011200 DONE_DATE:2001011300 STAT:REJECTD ERR:012 TEXT:x");
        assertThat(f.id()).isEqualTo("987");
        assertThat(f.state()).isEqualTo(ReceiptState.REJECTED);
        assertThat(f.submitDate()).isEqualTo(Instant.parse("2020-01-01T12:00:00Z"));
        assertThat(f.doneDate()).isEqualTo(Instant.parse("2020-01-01T13:00:00Z"));
        assertThat(f.text()).isEqualTo("x");
    }

    @Test
    void readsAReceiptWithFieldsMissing() {
        ReceiptText.Fields f = ReceiptText.parse("id:abc stat:EXPIRED");
        assertThat(f.id()).isEqualTo("abc");
        assertThat(f.state()).isEqualTo(ReceiptState.EXPIRED);
        assertThat(f.submitDate()).isNull();
        assertThat(f.error()).isNull();
        assertThat(f.text()).isNull();
    }

    @Test
    void takesFullStateWordsAndFailed() {
        assertThat(ReceiptText.parse("id:1 stat:DELIVERED").state()).isEqualTo(ReceiptState.DELIVERED);
        assertThat(ReceiptText.parse("id:1 stat:FAILED").state()).isEqualTo(ReceiptState.UNDELIVERABLE);
        assertThat(ReceiptText.parse("id:1 stat:ENROUTE").state()).isEqualTo(ReceiptState.ENROUTE);
        assertThat(ReceiptText.parse("id:1 stat:ACCEPTD").state()).isEqualTo(ReceiptState.ACCEPTED);
    }

    @Test
    void doesNotTakeKeysFromInsideTheText() {
        ReceiptText.Fields f = ReceiptText.parse("id:42 stat:DELIVRD text:stat:UNDELIV id:99");
        assertThat(f.id()).isEqualTo("42");
        assertThat(f.state()).isEqualTo(ReceiptState.DELIVERED);
        assertThat(f.text()).isEqualTo("stat:UNDELIV id:99");
    }

    @Test
    void leavesAnUnreadableDateNull() {
        assertThat(ReceiptText.parse("id:1 submit date:19xx011200 stat:DELIVRD").submitDate())
                .isNull();
    }

    @Test
    void answersNullForTextThatIsNoReceipt() {
        assertThat(ReceiptText.parse("Hello, this is an ordinary message")).isNull();
        assertThat(ReceiptText.parse("")).isNull();
        assertThat(ReceiptText.parse(null)).isNull();
    }

    @Test
    void formatsWhatItParses() {
        Instant submitted = Instant.parse("2026-12-01T20:05:00Z");
        Instant done = Instant.parse("2026-12-01T20:06:00Z");
        String text = ReceiptText.format("0a1b2c", ReceiptState.UNDELIVERABLE, submitted, done, "001", "Set APN");
        assertThat(text)
                .isEqualTo("id:0a1b2c sub:001 dlvrd:000 submit date:2612012005 done date:2612012006 stat:UNDELIV"
                        + " err:001 text:Set APN");
        ReceiptText.Fields f = ReceiptText.parse(text);
        assertThat(f.state()).isEqualTo(ReceiptState.UNDELIVERABLE);
        assertThat(f.doneDate()).isEqualTo(done);
    }
}
