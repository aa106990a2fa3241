package org.simfleet.radius.attr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.simfleet.radius.support.Hex.bytes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlmnIdTest {
    @Test
    void decodesATwoDigitMncWhoseThirdDigitIsTheFiller() {
        // TS 24.008 Figure 10.5.3 for MCC 262, MNC 01: 0x62, 0xF2, 0x10.
        assertThat(PlmnId.decode(bytes("62f210"), 0)).isEqualTo(new PlmnId("262", "01"));
    }

    @Test
    void decodesAThreeDigitMnc() {
        // MCC 310, MNC 410: MCC2|MCC1 = 0x13, MNC3|MCC3 = 0x00, MNC2|MNC1 = 0x14.
        assertThat(PlmnId.decode(bytes("130014"), 0)).isEqualTo(new PlmnId("310", "410"));
    }

    @Test
    void refusesANibbleThatIsNotADigit() {
        assertThat(PlmnId.decode(bytes("6af210"), 0)).isNull();
    }

    @Test
    void parsesTheDigitStringsOfTheMccMncAttributes() {
        assertThat(PlmnId.parse("26201")).isEqualTo(new PlmnId("262", "01"));
        assertThat(PlmnId.parse("310410")).isEqualTo(new PlmnId("310", "410"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2620", "2620123", "26a01"})
    void refusesOtherMccMncStrings(String value) {
        assertThat(PlmnId.parse(value)).isNull();
    }

    @Test
    void refusesAnMccOfTwoDigits() {
        assertThatThrownBy(() -> new PlmnId("26", "01")).isInstanceOf(IllegalArgumentException.class);
    }
}
