package org.simfleet.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.simfleet.smpp.Hex;
import org.simfleet.smpp.SmsContent;

class SmsEncoderTest {

    private static EncodedSms text(String text) {
        return SmsEncoder.encode(new SmsContent.Text(text), 0xA7);
    }

    @Test
    void sendsShortGsmTextInOnePartWithDataCodingZero() {
        EncodedSms sms = text("Hello");
        assertThat(sms.alphabet()).isEqualTo(Alphabet.GSM7);
        assertThat(sms.dataCoding()).isEqualTo((byte) 0x00);
        assertThat(sms.userDataHeader()).isFalse();
        assertThat(Hex.of(sms.parts().get(0))).isEqualTo("48 65 6C 6C 6F");
        assertThat(sms.units()).isEqualTo(5);
    }

    @Test
    void keeps160SeptetsInOnePart() {
        EncodedSms sms = text("a".repeat(160));
        assertThat(sms.partCount()).isEqualTo(1);
        assertThat(sms.parts().get(0)).hasSize(160);
    }

    @Test
    void splits161SeptetsInto153And8WithConcatenationHeaders() {
        EncodedSms sms = text("a".repeat(161));
        assertThat(sms.partCount()).isEqualTo(2);
        assertThat(sms.userDataHeader()).isTrue();
        byte[] first = sms.parts().get(0);
        byte[] second = sms.parts().get(1);
        // TS 23.040 §9.2.3.24.1: UDHL 05, IEI 00, IEDL 03, reference A7, 2 parts, part number.
        assertThat(Hex.of(Arrays.copyOf(first, 6))).isEqualTo("05 00 03 A7 02 01");
        assertThat(first).hasSize(6 + 153);
        assertThat(Hex.of(Arrays.copyOf(second, 6))).isEqualTo("05 00 03 A7 02 02");
        assertThat(second).hasSize(6 + 8);
        assertThat(sms.units()).isEqualTo(161);
    }

    @Test
    void countsExtensionCharactersTwiceWhenChoosingTheSplit() {
        // 80 euro signs are 160 septets: one part. 81 are 162: two parts.
        assertThat(text("€".repeat(80)).partCount()).isEqualTo(1);
        assertThat(text("€".repeat(81)).partCount()).isEqualTo(2);
    }

    @Test
    void neverSplitsAnEscapeSequenceAcrossParts() {
        // 152 septets then '€' (2 septets): the escape would be septet 153, so the part ends after 152.
        EncodedSms sms = text("a".repeat(152) + "€" + "b".repeat(10));
        byte[] first = sms.parts().get(0);
        byte[] second = sms.parts().get(1);
        assertThat(first).hasSize(6 + 152);
        assertThat(Hex.of(Arrays.copyOfRange(second, 6, 8))).isEqualTo("1B 65");
        assertThat(Gsm7.decode(first, 6, first.length - 6) + Gsm7.decode(second, 6, second.length - 6))
                .isEqualTo("a".repeat(152) + "€" + "b".repeat(10));
    }

    @Test
    void fallsBackToUcs2WhenACharacterIsNotInTheGsmAlphabet() {
        EncodedSms sms = text("Привет");
        assertThat(sms.alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(sms.dataCoding()).isEqualTo((byte) 0x08);
        assertThat(Hex.of(sms.parts().get(0))).isEqualTo("04 1F 04 40 04 38 04 32 04 35 04 42");
        assertThat(sms.units()).isEqualTo(6);
    }

    @Test
    void keeps70Ucs2CharactersInOnePartAndSplits71Into67And4() {
        assertThat(text("ж".repeat(70)).partCount()).isEqualTo(1);
        EncodedSms sms = text("ж".repeat(71));
        assertThat(sms.partCount()).isEqualTo(2);
        assertThat(sms.parts().get(0)).hasSize(6 + 67 * 2);
        assertThat(sms.parts().get(1)).hasSize(6 + 4 * 2);
    }

    @Test
    void neverSplitsASurrogatePairAcrossParts() {
        // 66 characters, then U+1F600 (two UTF-16 units) would straddle units 67 and 68.
        String text = "ж".repeat(66) + "😀" + "ж".repeat(10);
        EncodedSms sms = text(text);
        assertThat(sms.parts().get(0)).hasSize(6 + 66 * 2);
        byte[] second = sms.parts().get(1);
        assertThat(Hex.of(Arrays.copyOfRange(second, 6, 10))).isEqualTo("D8 3D DE 00");
        String joined = new String(Arrays.copyOfRange(sms.parts().get(0), 6, 6 + 132), StandardCharsets.UTF_16BE)
                + new String(Arrays.copyOfRange(second, 6, second.length), StandardCharsets.UTF_16BE);
        assertThat(joined).isEqualTo(text);
    }

    @Test
    void sendsUpTo140BinaryOctetsInOnePartWithTheCallersDataCoding() {
        byte[] payload = new byte[140];
        EncodedSms sms = SmsEncoder.encode(new SmsContent.Binary(payload, (byte) 0xF5, null), 1);
        assertThat(sms.alphabet()).isEqualTo(Alphabet.BINARY);
        assertThat(sms.dataCoding()).isEqualTo((byte) 0xF5);
        assertThat(sms.partCount()).isEqualTo(1);
        assertThat(sms.userDataHeader()).isFalse();
    }

    @Test
    void splits141BinaryOctetsInto134And7() {
        EncodedSms sms = SmsEncoder.encode(SmsContent.Binary.of(new byte[141]), 0x05);
        assertThat(sms.partCount()).isEqualTo(2);
        assertThat(Hex.of(Arrays.copyOf(sms.parts().get(0), 6))).isEqualTo("05 00 03 05 02 01");
        assertThat(sms.parts().get(0)).hasSize(140);
        assertThat(sms.parts().get(1)).hasSize(6 + 7);
    }

    @Test
    void keepsTheCallersHeaderInASinglePart() {
        byte[] udh = Hex.bytes("06 05 04 0B 84 23 F0"); // application port addressing, 16 bit (WAP push)
        EncodedSms sms = SmsEncoder.encode(new SmsContent.Binary(Hex.bytes("01 02"), (byte) 0x04, udh), 9);
        assertThat(sms.userDataHeader()).isTrue();
        assertThat(Hex.of(sms.parts().get(0))).isEqualTo("06 05 04 0B 84 23 F0 01 02");
    }

    @Test
    void addsTheConcatenationElementToTheCallersHeaderWhenSplitting() {
        byte[] udh = Hex.bytes("06 05 04 0B 84 23 F0");
        EncodedSms sms = SmsEncoder.encode(new SmsContent.Binary(new byte[200], (byte) 0x04, udh), 0x33);
        // 140 - (7 + 5) = 128 octets of payload per part.
        assertThat(sms.partCount()).isEqualTo(2);
        assertThat(Hex.of(Arrays.copyOf(sms.parts().get(0), 12))).isEqualTo("0B 05 04 0B 84 23 F0 00 03 33 02 01");
        assertThat(sms.parts().get(0)).hasSize(140);
        assertThat(sms.parts().get(1)).hasSize(12 + 72);
    }

    @Test
    void usesTheLow8BitsOfTheReference() {
        EncodedSms sms = SmsEncoder.encode(new SmsContent.Text("a".repeat(200)), 0x1FF);
        assertThat(sms.parts().get(0)[3]).isEqualTo((byte) 0xFF);
    }

    @Test
    void refusesAMessageOfMoreThan255Parts() {
        assertThatThrownBy(() -> text("a".repeat(153 * 255 + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("255");
    }

    @Test
    void encodesAnEmptyTextAsOneEmptyPart() {
        EncodedSms sms = text("");
        assertThat(sms.partCount()).isEqualTo(1);
        assertThat(sms.parts().get(0)).isEmpty();
    }
}
