package org.simfleet.radius.attr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.radius.support.Hex.bytes;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MsTimeZoneTest {
    @Test
    void decodesCentralEuropeanSummerTime() {
        // +8 quarter hours: tens 0 in the low nibble, units 8 in the high; one hour of it daylight saving.
        assertThat(MsTimeZone.decode(bytes("8001"))).isEqualTo(new MsTimeZone(ZoneOffset.ofHours(2), 1));
    }

    @Test
    void decodesAnOffsetWestOfUtcFromTheSignBit() {
        // -20 quarter hours: tens 2 plus sign bit 8 = 0xA low, units 0 high.
        assertThat(MsTimeZone.decode(bytes("0a00"))).isEqualTo(new MsTimeZone(ZoneOffset.ofHours(-5), 0));
    }

    @Test
    void decodesAHalfHourOffset() {
        // Newfoundland, -14 quarter hours.
        assertThat(MsTimeZone.decode(bytes("4900")).offset()).isEqualTo(ZoneOffset.ofHoursMinutes(-3, -30));
    }

    @Test
    void decodesAQuarterHourOffset() {
        // Nepal, +23 quarter hours.
        assertThat(MsTimeZone.decode(bytes("3200")).offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
    }

    /** Wrong lengths, a units nibble of 10, the reserved DST value 3, and 79 quarter hours, beyond ±18 h. */
    @ParameterizedTest
    @ValueSource(strings = {"80", "800100", "a000", "8003", "9700"})
    void refusesWhatIsNotATimeZone(String hex) {
        assertThat(MsTimeZone.decode(bytes(hex))).isNull();
    }
}
