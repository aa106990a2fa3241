package org.simfleet.app.device.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GPRS timers against 3GPP TS 24.008: every unit of Table 10.5.163a (GPRS Timer 3, T3412 extended) and Table
 * 10.5.172 / 10.5.163 (GPRS Timer / Timer 2, T3324), both directions, rounding at the unit boundaries and the largest
 * values.
 */
class GprsTimersTest {

    private static final TimerCoding T3412 = TimerCoding.GPRS_TIMER_3;
    private static final TimerCoding T3324 = TimerCoding.GPRS_TIMER_2;

    @ParameterizedTest
    @CsvSource({
        // unit 000: 10 minutes
        "00000001, 600",
        "00011111, 18600",
        // 001: 1 hour
        "00100001, 3600",
        "00111111, 111600",
        // 010: 10 hours; the seed's 140 hours
        "01000001, 36000",
        "01001110, 504000",
        "01011111, 1116000",
        // 011: 2 seconds
        "01100001, 2",
        "01111111, 62",
        // 100: 30 seconds
        "10000001, 30",
        "10011111, 930",
        // 101: 1 minute
        "10100001, 60",
        "10111111, 1860",
        // 110: 320 hours, the largest value of all 31 × 320 h
        "11000001, 1152000",
        "11011111, 35712000",
        // a value of 0 is 0 in any unit
        "00000000, 0",
        "11000000, 0"
    })
    void decodesEveryUnitOfGprsTimer3(String bits, long seconds) {
        TimerReading t = GprsTimers.decode("T3412 extended", T3412, bits);

        assertThat(t.seconds()).isEqualTo(seconds);
        assertThat(t.deactivated()).isFalse();
        assertThat(t.value()).isEqualTo(Integer.parseInt(bits.substring(3), 2));
    }

    @ParameterizedTest
    @CsvSource({
        // unit 000: 2 seconds; the seed's 10 s
        "00000101, 10", "00011111, 62",
        // 001: 1 minute
        "00100001, 60", "00111111, 1860",
        // 010: decihours, the largest value 31 × 6 min
        "01000001, 360", "01011111, 11160"
    })
    void decodesEveryUnitOfGprsTimer2(String bits, long seconds) {
        assertThat(GprsTimers.decode("T3324", T3324, bits).seconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"011", "100", "101", "110"})
    void readsUndefinedGprsTimer2UnitsAsMinutesAndSaysSo(String unit) {
        TimerReading t = GprsTimers.decode("T3324", T3324, unit + "00011");

        assertThat(t.seconds()).isEqualTo(180);
        assertThat(t.note()).contains("multiples of 1 minute");
    }

    @ParameterizedTest
    @EnumSource(TimerCoding.class)
    void unit111IsDeactivatedWhateverTheValue(TimerCoding coding) {
        for (int value = 0; value < 32; value++) {
            TimerReading t = GprsTimers.decode("T", coding, GprsTimers.bits(0b111, value));

            assertThat(t.deactivated()).isTrue();
            assertThat(t.seconds()).isNull();
            assertThat(t.duration()).isEqualTo("deactivated");
        }
    }

    @ParameterizedTest
    @EnumSource(TimerCoding.class)
    void everyDefinedOctetEncodesBackToItsDuration(TimerCoding coding) {
        for (int octet = 0; octet < 256; octet++) {
            TimerReading decoded = GprsTimers.decode("T", coding, GprsTimers.bits(octet >> 5, octet & 31));
            if (decoded.deactivated() || decoded.note() != null) {
                continue;
            }
            TimerReading encoded = GprsTimers.encode("T", coding, decoded.seconds());

            assertThat(encoded.seconds()).as(decoded.bits()).isEqualTo(decoded.seconds());
            assertThat(encoded.errorSeconds()).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "0, 01100000, 0",
        // the same duration in two units takes the finer one
        "60, 01111110, 0",
        // past 31 × 2 s: 62 s is nearer than 60 s
        "63, 01111111, -1",
        // 62 s and 90 s are equally near 76 s: the shorter wins
        "76, 01111111, -14",
        "77, 10000011, 13",
        "931, 10011111, -1",
        // past 31 min: 31 min and 40 min (4 × 10 min) equally near 35.5 min, the shorter wins
        "2130, 10111111, -270",
        "2131, 00000100, 269",
        "18601, 00011111, -1",
        "504000, 01001110, 0",
        // 310 h (31 × 10 h) and 320 h equally near 315 h
        "1134000, 01011111, -18000",
        "1152000, 11000001, 0",
        "35712000, 11011111, 0"
    })
    void encodesT3412ExtendedToTheNearestValue(long seconds, String bits, long error) {
        TimerReading t = GprsTimers.encode("T3412 extended", T3412, seconds);

        assertThat(t.bits()).isEqualTo(bits);
        assertThat(t.errorSeconds()).isEqualTo(error);
        assertThat(t.requestedSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 00000000, 0",
        "10, 00000101, 0",
        "63, 00011111, -1",
        // 62 s and 2 min equally near 91 s
        "91, 00011111, -29",
        "92, 00100010, 28",
        // past 31 min: 36 min (6 × 6 min) is nearer than 31 min
        "2040, 01000110, 120",
        "11160, 01011111, 0"
    })
    void encodesT3324ToTheNearestValue(long seconds, String bits, long error) {
        TimerReading t = GprsTimers.encode("T3324", T3324, seconds);

        assertThat(t.bits()).isEqualTo(bits);
        assertThat(t.errorSeconds()).isEqualTo(error);
    }

    @Test
    void refusesADurationBeyondTheLargestValue() {
        assertThatThrownBy(() -> GprsTimers.encode("T3412 extended", T3412, 35_712_001))
                .hasMessageContaining("at most 35712000 s")
                .hasMessageContaining("31 × 320 hours");
        assertThatThrownBy(() -> GprsTimers.encode("T3324", T3324, 11_161)).hasMessageContaining("at most 11160 s");
    }

    @Test
    void refusesANegativeDuration() {
        assertThatThrownBy(() -> GprsTimers.encode("T3324", T3324, -1)).hasMessageContaining("0 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100111", "010011100", "0100111x", "", "0x4e"})
    void refusesAnythingButEightBits(String bits) {
        assertThatThrownBy(() -> GprsTimers.decode("T3324", T3324, bits)).hasMessageContaining("8 bits");
    }

    @Test
    void writesDurationsInWords() {
        assertThat(GprsTimers.decode("T", T3412, "01001110").duration()).isEqualTo("140 h");
        assertThat(GprsTimers.decode("T", T3412, "11011111").duration()).isEqualTo("413 d 8 h");
        assertThat(GprsTimers.encode("T", T3324, 2040).duration()).isEqualTo("36 min");
        assertThat(Durations.text(5_430)).isEqualTo("1 h 30 min 30 s");
    }
}
