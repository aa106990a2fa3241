package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmppTimeTest {

    @Test
    void writesAbsoluteTimeInUtcWithTenthsAndZeroOffset() {
        // SMPP 3.4 §7.1.1: YYMMDDhhmmsstnnp.
        assertThat(SmppTime.absolute(Instant.parse("2026-12-01T20:05:30.789Z"))).isEqualTo("261201200530700+");
    }

    @Test
    void padsEveryFieldToTwoDigits() {
        assertThat(SmppTime.absolute(Instant.parse("2030-01-02T03:04:05Z"))).isEqualTo("300102030405000+");
    }
}
