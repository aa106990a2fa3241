package org.simfleet.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simfleet.smpp.Hex;

class SmsDecoderTest {

    @Test
    void decodesDataCodingZeroAsUnpackedGsm() {
        assertThat(SmsDecoder.text((byte) 0x00, Hex.bytes("00 48 69 1B 65"))).isEqualTo("@Hi€");
    }

    @Test
    void decodesUcs2() {
        assertThat(SmsDecoder.text((byte) 0x08, Hex.bytes("04 1F 04 40 D8 3D DE 00")))
                .isEqualTo("Пр😀");
    }

    @Test
    void decodesLatin1AndIa5() {
        assertThat(SmsDecoder.text((byte) 0x03, Hex.bytes("E7 61"))).isEqualTo("ça");
        assertThat(SmsDecoder.text((byte) 0x01, Hex.bytes("41 40"))).isEqualTo("A@");
    }

    @ParameterizedTest(name = "data_coding 0x{0} is binary")
    @CsvSource({"04", "02", "F4", "F5", "14", "09"})
    void answersNullForBinaryDataCodings(String dc) {
        assertThat(SmsDecoder.text((byte) Integer.parseInt(dc, 16), Hex.bytes("01 02")))
                .isNull();
    }

    @ParameterizedTest(name = "data_coding 0x{0} is {1}")
    @CsvSource({
        "00, GSM7",
        "08, UCS2",
        "04, BINARY",
        "F0, GSM7",
        "F1, GSM7",
        "F4, BINARY",
        "18, UCS2",
        "11, GSM7",
        "E0, UCS2",
        "C0, GSM7"
    })
    void readsTheAlphabetFromTheCodingGroup(String dc, Alphabet alphabet) {
        assertThat(SmsDecoder.alphabet((byte) Integer.parseInt(dc, 16))).isEqualTo(alphabet);
    }
}
