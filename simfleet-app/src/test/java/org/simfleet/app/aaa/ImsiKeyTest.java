package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImsiKeyTest {

    @Test
    void keepsLeadingZerosApart() {
        assertThat(ImsiKey.of("001010001000000")).isNotEqualTo(ImsiKey.of("01010001000000"));
    }

    @Test
    void sameImsiGivesTheSameKey() {
        assertThat(ImsiKey.of("262011234567890")).isEqualTo(ImsiKey.of(new String("262011234567890")));
    }

    @Test
    void fifteenDigitsFitAPositiveLong() {
        assertThat(ImsiKey.of("999999999999999")).isPositive();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12345", "1234567890123456", "26201123456789x", " 26201123456789"})
    void textThatIsNoImsiHasNoKey(String text) {
        assertThat(ImsiKey.of(text)).isEqualTo(ImsiKey.NONE);
    }
}
