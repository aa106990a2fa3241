package org.simfleet.smpp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The time format of SMPP 3.4 §7.1.1, absolute form {@code YYMMDDhhmmsstnnp}, always written in UTC. */
final class SmppTime {
    private SmppTime() {}

    /**
     * {@code instant} as an absolute time: two digits each of year, month, day, hour, minute, second, then tenths of
     * a second, the offset from UTC in quarter hours ("00") and its sign ("+").
     */
    static String absolute(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        return String.format(
                "%02d%02d%02d%02d%02d%02d%d00+",
                t.getYear() % 100,
                t.getMonthValue(),
                t.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                t.getSecond(),
                t.getNano() / 100_000_000);
    }
}
