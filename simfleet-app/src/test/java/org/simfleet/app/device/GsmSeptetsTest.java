package org.simfleet.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Septet counts of 3GPP TS 23.038 §6.2.1: basic table one, extension table two, anything else not GSM 7-bit. */
class GsmSeptetsTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "APN em# => 7",
                "@£$¥èéùìòÇ => 10",
                "ÄÖÑÜ§¿äöñüà => 11",
                "€ => 2",
                "[]{}^~|\\ => 16",
                "中 => -1",
                "é€x => 4"
            })
    void countsSeptets(String text, int septets) {
        assertThat(GsmSeptets.count(text)).isEqualTo(septets);
    }
}
