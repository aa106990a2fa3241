package org.simfleet.app.device.power;

import java.util.ArrayList;
import java.util.List;

/**
 * The E-UTRAN eDRX cycle lengths of 3GPP TS 24.008 §10.5.5.32, Table 10.5.5.32 (eDRX value, octet 3 bits 4 to 1), and
 * which of them each S1 mode may use. Lengths are kept in milliseconds, where every one is a whole number (they are
 * multiples of the 10.24 s hyperframe, and 5.12 s).
 *
 * <p>The notes of the table: 0000 and 0001 apply only in WB-S1 mode, and NB-S1 mode reads them as if the IE were not
 * included, i.e. no eDRX; 0100, 0110, 0111 and 1000 apply only in WB-S1 mode and NB-S1 mode reads them as 0010;
 * 1110 and 1111 apply only in NB-S1 mode and WB-S1 mode reads them as 1101. So LTE-M reaches 2621.44 s (43.7 min),
 * NB-IoT 10485.76 s (174.8 min) but never less than 20.48 s.
 *
 * <p>The seed's table (emnify "extended Discontinuous Reception", the NB-IoT setting) gets four rows wrong: it gives
 * 0010 as 10.24 s (that is 0001; 0010 is 20.48 s), lists 0100 as 5.12 s (it is 61.44 s), gives 61.44 s the code 0010
 * (it is 0100), and omits 20.48 s. It also presents the WB-S1 values as the NB-IoT table, although NB-IoT cannot use
 * 5.12, 10.24, 61.44, 102.4, 122.88 or 143.36 s.
 */
final class EdrxTable {

    /** Milliseconds per code 0000 to 1111. */
    private static final long[] CYCLE_MS = {
        5_120,
        10_240,
        20_480,
        40_960,
        61_440,
        81_920,
        102_400,
        122_880,
        143_360,
        163_840,
        327_680,
        655_360,
        1_310_720,
        2_621_440,
        5_242_880,
        10_485_760
    };

    /**
     * What a value means in one mode.
     *
     * @param effectiveCode the code the mode reads it as (the same unless the table's notes say otherwise)
     * @param cycleMs the cycle length; null when the mode reads the value as "no eDRX"
     * @param note why the value is read differently, or null
     */
    record Meaning(int code, int effectiveCode, Long cycleMs, String note) {}

    private EdrxTable() {}

    static Meaning meaning(Rat rat, int code) {
        if (rat == Rat.NB_IOT && (code == 0b0000 || code == 0b0001)) {
            return new Meaning(
                    code,
                    code,
                    null,
                    bits(code) + " applies only in WB-S1 mode (LTE-M); NB-S1 mode reads it"
                            + " as if no eDRX parameters were sent (3GPP TS 24.008 Table 10.5.5.32)");
        }
        if (rat == Rat.NB_IOT && (code == 0b0100 || code == 0b0110 || code == 0b0111 || code == 0b1000)) {
            return new Meaning(
                    code,
                    0b0010,
                    CYCLE_MS[0b0010],
                    bits(code) + " applies only in WB-S1 mode (LTE-M);"
                            + " NB-S1 mode reads it as 0010, 20.48 s (3GPP TS 24.008 Table 10.5.5.32)");
        }
        if (rat == Rat.LTE_M && (code == 0b1110 || code == 0b1111)) {
            return new Meaning(
                    code,
                    0b1101,
                    CYCLE_MS[0b1101],
                    bits(code) + " applies only in NB-S1 mode (NB-IoT);"
                            + " WB-S1 mode reads it as 1101, 2621.44 s (3GPP TS 24.008 Table 10.5.5.32)");
        }
        return new Meaning(code, code, CYCLE_MS[code], null);
    }

    /** The codes a mode uses as they are, shortest cycle first. */
    static List<Integer> usable(Rat rat) {
        List<Integer> codes = new ArrayList<>();
        for (int code = 0; code < CYCLE_MS.length; code++) {
            if (meaning(rat, code).note() == null) {
                codes.add(code);
            }
        }
        return codes;
    }

    static long cycleMs(int code) {
        return CYCLE_MS[code];
    }

    static String bits(int code) {
        String b = Integer.toBinaryString(code);
        return "0000".substring(b.length()) + b;
    }

    static int parse(String bits) {
        if (bits == null || !bits.strip().matches("[01]{4}")) {
            throw new IllegalArgumentException("must be 4 bits written as '0' and '1', bit 4 first, e.g. \"0101\"");
        }
        return Integer.parseInt(bits.strip(), 2);
    }

    /**
     * The Paging Time Window of octet 3 bits 8 to 5 (Table 10.5.5.32): steps of 1.28 s from 1.28 s in WB-S1 mode,
     * of 2.56 s from 2.56 s in NB-S1 mode.
     */
    static long pagingTimeWindowMs(Rat rat, int code) {
        return (code + 1) * (rat == Rat.LTE_M ? 1_280L : 2_560L);
    }
}
