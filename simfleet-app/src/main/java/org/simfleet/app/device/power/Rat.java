package org.simfleet.app.device.power;

import java.util.Locale;

/**
 * The E-UTRAN radio modes eDRX is defined for, with the {@code <AcT-type>} that {@code AT+CEDRXS} uses for them (3GPP
 * TS 27.007 §7.40): WB-S1 mode is LTE-M (LTE Cat-M1), NB-S1 mode is NB-IoT. They share one eDRX table but not every
 * value (3GPP TS 24.008 Table 10.5.5.32 and its notes).
 */
enum Rat {
    LTE_M("LTE-M", "WB-S1", 4),
    NB_IOT("NB-IoT", "NB-S1", 5);

    private final String label;
    private final String s1Mode;
    private final int actType;

    Rat(String label, String s1Mode, int actType) {
        this.label = label;
        this.s1Mode = s1Mode;
        this.actType = actType;
    }

    String label() {
        return label;
    }

    String s1Mode() {
        return s1Mode;
    }

    int actType() {
        return actType;
    }

    /** "LTE-M", "NB-IoT", their S1 mode names or AcT numbers, ignoring case. */
    static Rat parse(String raw) {
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        for (Rat rat : values()) {
            if (wanted.equals(rat.label.toUpperCase(Locale.ROOT))
                    || wanted.equals(rat.s1Mode)
                    || wanted.equals(Integer.toString(rat.actType))) {
                return rat;
            }
        }
        throw new IllegalArgumentException("must be LTE-M or NB-IoT");
    }

    static Rat byActType(int actType) {
        for (Rat rat : values()) {
            if (rat.actType == actType) {
                return rat;
            }
        }
        throw new IllegalArgumentException("AcT-type " + actType + " is not E-UTRAN: only 4 (WB-S1, LTE-M) and 5"
                + " (NB-S1, NB-IoT) have the eDRX values of 3GPP TS 24.008 Table 10.5.5.32 decoded here");
    }
}
