package org.simfleet.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ValidityPeriodTest {
    private final Instant now = Instant.parse("2026-12-01T20:00:00Z");

    @Test
    void readsAnAbsoluteTimeInUtc() {
        assertThat(ValidityPeriod.expiry("261202083015300+", now)).isEqualTo(Instant.parse("2026-12-02T08:30:15.3Z"));
    }

    @Test
    void readsAnAbsoluteTimeWithAnOffsetInQuarterHours() {
        // 04 quarter hours ahead of UTC: 09:00 local is 08:00 UTC.
        assertThat(ValidityPeriod.expiry("261202090000004+", now)).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
    }

    @Test
    void readsARelativeTime() {
        assertThat(ValidityPeriod.expiry("000001020304000R", now)).isEqualTo(Instant.parse("2026-12-02T22:03:04Z"));
    }

    @Test
    void answersNullForAnEmptyOrUnreadableField() {
        assertThat(ValidityPeriod.expiry(null, now)).isNull();
        assertThat(ValidityPeriod.expiry("", now)).isNull();
        assertThat(ValidityPeriod.expiry("26120208301530X+", now)).isNull();
    }
}
