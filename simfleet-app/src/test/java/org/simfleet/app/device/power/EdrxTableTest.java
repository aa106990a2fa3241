package org.simfleet.app.device.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eDRX values of 3GPP TS 24.008 Table 10.5.5.32 in WB-S1 mode (LTE-M) and NB-S1 mode (NB-IoT), all sixteen in
 * each, the values a mode reads as another included, and the nearest value for a wanted cycle.
 */
class EdrxTableTest {

    @ParameterizedTest
    @CsvSource({
        // rat, value, cycle in s (empty: no eDRX), read as (empty: itself)
        "LTE_M, 0000, 5.12,",
        "LTE_M, 0001, 10.24,",
        "LTE_M, 0010, 20.48,",
        "LTE_M, 0011, 40.96,",
        "LTE_M, 0100, 61.44,",
        "LTE_M, 0101, 81.92,",
        "LTE_M, 0110, 102.4,",
        "LTE_M, 0111, 122.88,",
        "LTE_M, 1000, 143.36,",
        "LTE_M, 1001, 163.84,",
        "LTE_M, 1010, 327.68,",
        "LTE_M, 1011, 655.36,",
        "LTE_M, 1100, 1310.72,",
        "LTE_M, 1101, 2621.44,",
        "LTE_M, 1110, 2621.44, 1101",
        "LTE_M, 1111, 2621.44, 1101",
        "NB_IOT, 0000, ,",
        "NB_IOT, 0001, ,",
        "NB_IOT, 0010, 20.48,",
        "NB_IOT, 0011, 40.96,",
        "NB_IOT, 0100, 20.48, 0010",
        "NB_IOT, 0101, 81.92,",
        "NB_IOT, 0110, 20.48, 0010",
        "NB_IOT, 0111, 20.48, 0010",
        "NB_IOT, 1000, 20.48, 0010",
        "NB_IOT, 1001, 163.84,",
        "NB_IOT, 1010, 327.68,",
        "NB_IOT, 1011, 655.36,",
        "NB_IOT, 1100, 1310.72,",
        "NB_IOT, 1101, 2621.44,",
        "NB_IOT, 1110, 5242.88,",
        "NB_IOT, 1111, 10485.76,"
    })
    void decodesEveryValueOfBothModes(Rat rat, String bits, Double seconds, String readAs) {
        EdrxAnswer a = EdrxCalculator.decode(rat, EdrxTable.parse(bits));

        assertThat(a.edrxValue()).isEqualTo(bits);
        assertThat(a.cycleSeconds()).isEqualTo(seconds);
        assertThat(a.interpretedAs()).isEqualTo(readAs);
        assertThat(a.notes()).hasSize(readAs == null && seconds != null ? 0 : 1);
        assertThat(a.atCommand())
                .isEqualTo(
                        seconds == null
                                ? null
                                : "AT+CEDRXS=1," + rat.actType() + ",\"" + (readAs == null ? bits : readAs) + "\"");
    }

    @ParameterizedTest
    @CsvSource({
        "LTE_M, 5.12, 0000, 0",
        // halfway between 5.12 s and 10.24 s: the shorter
        "LTE_M, 7.68, 0000, -2.56",
        "LTE_M, 7.681, 0001, 2.559",
        "LTE_M, 100, 0110, 2.4",
        "LTE_M, 143.36, 1000, 0",
        "LTE_M, 2621.44, 1101, 0",
        // NB-IoT has no 61.44 s: 40.96 s and 81.92 s are equally near
        "NB_IOT, 61.44, 0011, -20.48",
        "NB_IOT, 30, 0010, -9.52",
        "NB_IOT, 20.48, 0010, 0",
        "NB_IOT, 10485.76, 1111, 0",
        "NB_IOT, 7000, 1110, -1757.12"
    })
    void encodesTheNearestValueTheModeUses(Rat rat, double seconds, String bits, double error) {
        EdrxAnswer a = EdrxCalculator.encode(rat, seconds);

        assertThat(a.edrxValue()).isEqualTo(bits);
        assertThat(a.errorSeconds()).isEqualTo(error);
        assertThat(a.requestedCycleSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource({
        "LTE_M, 5.11, 5.12 s to 2621.44 s",
        "LTE_M, 5242.88, 5.12 s to 2621.44 s",
        "NB_IOT, 10.24, 20.48 s to 10485.76 s",
        "NB_IOT, 10485.77, 20.48 s to 10485.76 s",
        "NB_IOT, 0, 20.48 s to 10485.76 s",
        "LTE_M, -5, 5.12 s to 2621.44 s"
    })
    void refusesACycleOutsideTheModesRange(Rat rat, double seconds, String range) {
        assertThatThrownBy(() -> EdrxCalculator.encode(rat, seconds)).hasMessageContaining(range);
    }

    @ParameterizedTest
    @CsvSource({
        "LTE_M, 0000, 1.28",
        "LTE_M, 0111, 10.24",
        "LTE_M, 1111, 20.48",
        "NB_IOT, 0000, 2.56",
        "NB_IOT, 1111, 40.96"
    })
    void decodesThePagingTimeWindow(Rat rat, String bits, double seconds) {
        assertThat(EdrxTable.pagingTimeWindowMs(rat, EdrxTable.parse(bits)) / 1000.0)
                .isEqualTo(seconds);
    }
}
