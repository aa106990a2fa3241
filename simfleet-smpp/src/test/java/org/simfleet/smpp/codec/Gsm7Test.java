package org.simfleet.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simfleet.smpp.Hex;

class Gsm7Test {

    @Test
    void encodesAsciiLettersAndDigitsAsTheirOwnCodes() {
        assertThat(Hex.of(Gsm7.encode("Hello 123"))).isEqualTo("48 65 6C 6C 6F 20 31 32 33");
    }

    @Test
    void encodesTheCharactersWhoseGsmCodeDiffersFromAscii() {
        // TS 23.038 §6.2.1: @ 0x00, £ 0x01, $ 0x02, ¥ 0x03, _ 0x11, ¤ 0x24, ¡ 0x40, § 0x5F, ¿ 0x60, à 0x7F.
        assertThat(Hex.of(Gsm7.encode("@£$¥_¤¡§¿à"))).isEqualTo("00 01 02 03 11 24 40 5F 60 7F");
    }

    @Test
    void encodesGreekCapitalsOfTheBasicTable() {
        assertThat(Hex.of(Gsm7.encode("ΔΦΓΛΩΠΨΣΘΞ"))).isEqualTo("10 12 13 14 15 16 17 18 19 1A");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"€|1B 65", "{|1B 28", "}|1B 29", "[|1B 3C", "]|1B 3E", "~|1B 3D", "\\|1B 2F", "^|1B 14"})
    void encodesExtensionCharactersWithTheEscape(String text, String hex) {
        assertThat(Hex.of(Gsm7.encode(text))).isEqualTo(hex);
    }

    @Test
    void encodesThePipeAndFormFeedOfTheExtensionTable() {
        assertThat(Hex.of(Gsm7.encode("|\f"))).isEqualTo("1B 40 1B 0A");
    }

    @Test
    void countsAnExtensionCharacterAsTwoSeptets() {
        assertThat(Gsm7.septets("a€[b")).isEqualTo(6);
    }

    @Test
    void answersMinusOneForTextOutsideTheAlphabet() {
        assertThat(Gsm7.septets("façade")).isEqualTo(-1); // ç is not in the default alphabet, only Ç
        assertThat(Gsm7.septets("Привет")).isEqualTo(-1);
        assertThatThrownBy(() -> Gsm7.encode("ç")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesEveryBasicAndExtensionCharacterBack() {
        StringBuilder all = new StringBuilder();
        String basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                + "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
        all.append(basic).append("\f^{}\\[~]|€");
        byte[] septets = Gsm7.encode(all);
        assertThat(septets).hasSize(127 + 20);
        assertThat(Gsm7.decode(septets, 0, septets.length)).isEqualTo(all.toString());
    }

    @Test
    void decodesAnEscapeBeforeAnUnknownSeptetAsTheBasicCharacter() {
        // TS 23.038 §6.2.1.1: a receiver shows the default-table character when the extension table has none.
        assertThat(Gsm7.decode(Hex.bytes("1B 41"), 0, 2)).isEqualTo("A");
    }

    @Test
    void decodesATrailingEscapeAsASpace() {
        assertThat(Gsm7.decode(Hex.bytes("41 1B"), 0, 2)).isEqualTo("A ");
    }
}
