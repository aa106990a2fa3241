package org.simfleet.simulator.smsc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reads submit_sm's validity_period in either form of SMPP 3.4 §7.1.1 (absolute, or relative with 'R'). */
final class ValidityPeriod {
    private ValidityPeriod() {}

    /** When the message expires, or null when the field is empty or unreadable. */
    static Instant expiry(String value, Instant now) {
        if (value == null || value.length() != 16) {
            return null;
        }
        try {
            int yy = Integer.parseInt(value.substring(0, 2));
            int mo = Integer.parseInt(value.substring(2, 4));
            int dd = Integer.parseInt(value.substring(4, 6));
            int hh = Integer.parseInt(value.substring(6, 8));
            int mi = Integer.parseInt(value.substring(8, 10));
            int ss = Integer.parseInt(value.substring(10, 12));
            int tenths = Integer.parseInt(value.substring(12, 13));
            int quarters = Integer.parseInt(value.substring(13, 15));
            char p = value.charAt(15);
            if (p == 'R') {
                // Relative: YY years, MM months, DD days… from now (months and years taken as 30 and 365 days).
                return now.plus(Duration.ofDays(yy * 365L + mo * 30L + dd)
                        .plusHours(hh)
                        .plusMinutes(mi)
                        .plusSeconds(ss));
            }
            if (p != '+' && p != '-') {
                return null;
            }
            LocalDateTime local = LocalDateTime.of(2000 + yy, mo, dd, hh, mi, ss, tenths * 100_000_000);
            int offsetSeconds = quarters * 15 * 60 * (p == '+' ? 1 : -1);
            return local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
