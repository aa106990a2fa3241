package org.simfleet.app.session;

import java.util.Locale;

/** The words of a Delete PDP Context event: "Delete PDP Context: 12.3 MB up, 45.6 MB down, 3,600 s, User Request". */
final class UsageText {

    private UsageText() {}

    static String deletePdpContext(SessionState s) {
        return "Delete PDP Context: " + bytes(s.bytesUp) + " up, " + bytes(s.bytesDown) + " down, "
                + String.format(Locale.US, "%,d s", s.durationSeconds) + ", "
                + TerminateCause.words(s.terminateCause);
    }

    /** Decimal units (SI), as operators bill data: 1 MB is 1,000,000 octets. */
    static String bytes(long octets) {
        if (octets < 1000) {
            return octets + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double value = octets;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.US, "%.1f %s", value, units[unit]);
    }
}
