package org.simfleet.app.aaa;

import org.simfleet.app.policy.RatType;

/**
 * The radio type a gateway reports (3GPP-RAT-Type, TS 29.061 §16.4.7.2 with the codes of TS 29.274 §8.17) as the
 * service policy names it. HSPA Evolution is UTRAN (3G); WLAN, GAN, virtual and the non-3GPP accesses have no policy
 * name, so no policy allows them.
 */
final class RadioTypes {

    private static final RatType[] BY_CODE = new RatType[256];

    static {
        BY_CODE[org.simfleet.radius.attr.RatType.GERAN.code()] = RatType.GSM;
        BY_CODE[org.simfleet.radius.attr.RatType.UTRAN.code()] = RatType.UMTS;
        BY_CODE[org.simfleet.radius.attr.RatType.HSPA_EVOLUTION.code()] = RatType.UMTS;
        BY_CODE[org.simfleet.radius.attr.RatType.EUTRAN.code()] = RatType.LTE;
        BY_CODE[org.simfleet.radius.attr.RatType.NR.code()] = RatType.NR;
        BY_CODE[org.simfleet.radius.attr.RatType.LTE_M.code()] = RatType.LTE_M;
        BY_CODE[org.simfleet.radius.attr.RatType.EUTRAN_NB_IOT.code()] = RatType.NB_IOT;
    }

    private RadioTypes() {}

    /** The policy's name for a 3GPP-RAT-Type code, or null when policies cannot name it. */
    static RatType of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * How events name a radio type: as the seeds' event log does ("LTE", "NB-IoT"), which for 2G to 5G is the
     * technology rather than the policy's generation label.
     */
    static String name(RatType type) {
        return switch (type) {
            case GSM -> "GSM";
            case UMTS -> "UMTS";
            case LTE -> "LTE";
            case NR -> "NR";
            case LTE_M -> "LTE-M";
            case NB_IOT -> "NB-IoT";
        };
    }

    /** How messages name a code: as {@link #name(RatType)}, else the 3GPP name, else the number. */
    static String label(int code) {
        RatType named = of(code);
        if (named != null) {
            return name(named);
        }
        org.simfleet.radius.attr.RatType raw = org.simfleet.radius.attr.RatType.of(code);
        return raw != null ? raw.name() : "code " + code;
    }
}
