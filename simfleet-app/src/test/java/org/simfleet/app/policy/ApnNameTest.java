package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApnNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"em", "iot.example.com", "a-1.b2", "0", "internet", "m2m.telekom"})
    void acceptsNetworkIdentifiersOfLettersDigitsAndHyphens(String apn) {
        assertThat(ApnName.normalise(apn)).isEqualTo(apn);
    }

    @Test
    void storesTheLowerCaseFormBecauseCaseIsNotSignificant() {
        assertThat(ApnName.normalise(" IoT.Example ")).isEqualTo("iot.example");
    }

    @Test
    void acceptsExactlyOneHundredCharacters() {
        String apn = "abcdefghi.".repeat(9) + "abcdefghij";

        assertThat(ApnName.normalise(apn)).hasSize(100);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rac1.example      | must not start with 'rac'",
                "lacework          | must not start with 'lac'",
                "sgsn.example      | must not start with 'sgsn'",
                "rnc               | must not start with 'rnc'",
                "em.mnc001.mcc262.gprs | must not end in '.gprs'",
                "gprs              | must not end in '.gprs'",
                "iot_1             | only letters, digits and hyphens",
                "iot-              | must start and end with a letter or digit",
                "iot.-x            | must start and end with a letter or digit",
                ".iot              | empty label",
                "iot.              | empty label",
                "*                 | only letters, digits and hyphens",
            })
    void refusesWhatTs23003Reserves(String apn, String reason) {
        assertThatThrownBy(() -> ApnName.normalise(apn))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refusesALabelLongerThan63Characters() {
        assertThatThrownBy(() -> ApnName.normalise("x".repeat(64) + ".example")).hasMessageContaining("longer than 63");
    }

    @Test
    void refusesMoreThanOneHundredCharacters() {
        assertThatThrownBy(() -> ApnName.normalise("abcdefghi.".repeat(10) + "a"))
                .hasMessageContaining("at most 100");
    }

    @Test
    void refusesAnEmptyName() {
        assertThatThrownBy(() -> ApnName.normalise("  ")).hasMessageContaining("must not be empty");
    }
}
