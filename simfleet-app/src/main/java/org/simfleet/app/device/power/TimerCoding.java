package org.simfleet.app.device.power;

import java.util.Comparator;
import java.util.List;

/**
 * The one-octet GPRS timer codings of 3GPP TS 24.008: bits 8 to 6 give the unit, bits 5 to 1 the value 0 to 31 in that
 * unit, so a duration is expressible only as a multiple of a unit up to 31 of it. The table is the spec's; a unit code
 * the spec does not define for a coding is read as the spec says ("other values shall be interpreted as multiples of 1
 * minute") and never produced.
 */
enum TimerCoding {
    /**
     * GPRS Timer 3, §10.5.7.4a, Table 10.5.163a: the T3412 extended value of EPS (TS 24.301 §9.9.3.16B points here)
     * and T3312 extended. Every unit code is defined.
     */
    GPRS_TIMER_3(
            "GPRS Timer 3 (3GPP TS 24.008 §10.5.7.4a)",
            List.of(
                    TimerUnit.of(0b000, 600, "10 minutes"),
                    TimerUnit.of(0b001, 3_600, "1 hour"),
                    TimerUnit.of(0b010, 36_000, "10 hours"),
                    TimerUnit.of(0b011, 2, "2 seconds"),
                    TimerUnit.of(0b100, 30, "30 seconds"),
                    TimerUnit.of(0b101, 60, "1 minute"),
                    TimerUnit.of(0b110, 1_152_000, "320 hours"),
                    TimerUnit.deactivated(0b111))),
    /**
     * GPRS Timer 2, §10.5.7.4, Table 10.5.163: the T3324 Active Time (TS 24.301 §9.9.3.16A points here); its value
     * octet is coded as the GPRS Timer's (§10.5.7.3, Table 10.5.172).
     */
    GPRS_TIMER_2("GPRS Timer 2 (3GPP TS 24.008 §10.5.7.4)", gprsTimerUnits()),
    /** GPRS Timer, §10.5.7.3, Table 10.5.172: the GPRS READY timer T3314 that +CPSMS carries for GERAN/UTRAN. */
    GPRS_TIMER("GPRS Timer (3GPP TS 24.008 §10.5.7.3)", gprsTimerUnits());

    static final int MAX_VALUE = 31;

    private final String label;
    private final List<TimerUnit> units;

    TimerCoding(String label, List<TimerUnit> units) {
        this.label = label;
        this.units = units;
    }

    String label() {
        return label;
    }

    /** The unit a code means, reserved codes included. */
    TimerUnit unit(int code) {
        return units.get(code);
    }

    /** The units an encoder may use: those the spec defines, finest first, without "deactivated". */
    List<TimerUnit> encodingUnits() {
        return units.stream()
                .filter(u -> !u.deactivated() && !u.reserved())
                .sorted(Comparator.comparingLong(TimerUnit::seconds))
                .toList();
    }

    /** The longest duration the coding expresses: 31 of its largest unit. */
    long maxSeconds() {
        return encodingUnits().get(encodingUnits().size() - 1).seconds() * MAX_VALUE;
    }

    private static List<TimerUnit> gprsTimerUnits() {
        return List.of(
                TimerUnit.of(0b000, 2, "2 seconds"),
                TimerUnit.of(0b001, 60, "1 minute"),
                TimerUnit.of(0b010, 360, "decihours (6 minutes)"),
                TimerUnit.reserved(0b011),
                TimerUnit.reserved(0b100),
                TimerUnit.reserved(0b101),
                TimerUnit.reserved(0b110),
                TimerUnit.deactivated(0b111));
    }
}
