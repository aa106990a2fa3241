package org.simfleet.app.device.power;

/**
 * Encodes and decodes the GPRS timer octets of 3GPP TS 24.008 §10.5.7.3, §10.5.7.4 and §10.5.7.4a.
 *
 * <p>Encoding picks the expressible duration nearest to the one asked for, over every unit of the coding. Of two
 * durations equally near, the shorter wins (for T3412 extended a device then reports a little early rather than late,
 * for T3324 it sleeps a little sooner); of two encodings of the same duration (60 s is 30 × 2 s or 1 × 1 min), the
 * finer unit wins, so the answer is unique. A duration beyond 31 of the largest unit is refused, not clamped: no
 * octet comes near it.
 */
final class GprsTimers {

    private GprsTimers() {}

    /** The octet nearest to {@code seconds}; throws with the range when it is negative or beyond the coding. */
    static TimerReading encode(String timer, TimerCoding coding, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("must be 0 or more seconds");
        }
        if (seconds > coding.maxSeconds()) {
            throw new IllegalArgumentException("must be at most " + coding.maxSeconds() + " s ("
                    + Durations.text(coding.maxSeconds()) + ", 31 × "
                    + largest(coding).label() + "), the longest "
                    + coding.label() + " expresses");
        }
        TimerUnit best = null;
        long bestValue = 0;
        long bestError = Long.MAX_VALUE;
        for (TimerUnit unit : coding.encodingUnits()) {
            long below = Math.min(seconds / unit.seconds(), TimerCoding.MAX_VALUE);
            for (long value : new long[] {below, Math.min(below + 1, TimerCoding.MAX_VALUE)}) {
                long error = Math.abs(value * unit.seconds() - seconds);
                boolean nearer = error < bestError;
                boolean asNearButShorter = error == bestError && value * unit.seconds() < bestValue * best.seconds();
                if (nearer || asNearButShorter) {
                    best = unit;
                    bestValue = value;
                    bestError = error;
                }
            }
        }
        TimerReading exact = decode(timer, coding, bits(best.code(), (int) bestValue));
        return new TimerReading(
                exact.timer(),
                exact.coding(),
                exact.bits(),
                exact.unit(),
                exact.value(),
                exact.seconds(),
                exact.duration(),
                false,
                seconds,
                exact.seconds() - seconds,
                null);
    }

    /** What an octet written as 8 characters '0'/'1' (bit 8 first) means; throws when it is not such a string. */
    static TimerReading decode(String timer, TimerCoding coding, String bits) {
        if (bits == null || !bits.strip().matches("[01]{8}")) {
            throw new IllegalArgumentException("must be 8 bits written as '0' and '1', bit 8 first, e.g. \"01001110\"");
        }
        String octet = bits.strip();
        TimerUnit unit = coding.unit(Integer.parseInt(octet.substring(0, 3), 2));
        int value = Integer.parseInt(octet.substring(3), 2);
        if (unit.deactivated()) {
            return new TimerReading(
                    timer, coding.label(), octet, unit.label(), value, null, "deactivated", true, null, null, null);
        }
        long seconds = value * unit.seconds();
        String note = unit.reserved()
                ? "unit code " + octet.substring(0, 3) + " is not defined for " + coding.label()
                        + "; the spec reads it as multiples of 1 minute"
                : null;
        return new TimerReading(
                timer,
                coding.label(),
                octet,
                unit.label(),
                value,
                seconds,
                Durations.text(seconds),
                false,
                null,
                null,
                note);
    }

    static String bits(int unitCode, int value) {
        String unit = Integer.toBinaryString(unitCode);
        String v = Integer.toBinaryString(value);
        return "000".substring(unit.length()) + unit + "00000".substring(v.length()) + v;
    }

    private static TimerUnit largest(TimerCoding coding) {
        return coding.encodingUnits().get(coding.encodingUnits().size() - 1);
    }
}
