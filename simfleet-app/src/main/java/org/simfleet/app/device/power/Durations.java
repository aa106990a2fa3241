package org.simfleet.app.device.power;

import java.util.ArrayList;
import java.util.List;

/** Durations in words for people reading the calculator's answer: "140 h", "1 h 30 min", "10 s". */
final class Durations {

    private Durations() {}

    static String text(long seconds) {
        if (seconds == 0) {
            return "0 s";
        }
        List<String> parts = new ArrayList<>();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        // Up to ten days in hours: PSM periods are thought of in hours (the seed's "140 hours")
        if (days >= 10) {
            parts.add(days + " d");
        } else {
            hours += days * 24;
        }
        if (hours > 0) {
            parts.add(hours + " h");
        }
        if (minutes > 0) {
            parts.add(minutes + " min");
        }
        if (secs > 0) {
            parts.add(secs + " s");
        }
        return String.join(" ", parts);
    }
}
