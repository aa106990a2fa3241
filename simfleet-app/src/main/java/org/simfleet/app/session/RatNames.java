package org.simfleet.app.session;

import org.simfleet.radius.attr.RatType;

/**
 * Names a 3GPP-RAT-Type (TS 29.061 §16.4.7.2) as service policies name radio types ("4G", "NB-IoT", …), so a
 * session's RAT reads the same as the policy that allowed it; types policies do not name keep their 3GPP name.
 */
final class RatNames {

    private RatNames() {}

    static String of(RatType type, Integer code) {
        if (type == null) {
            return code == null ? null : "RAT_" + code;
        }
        return switch (type) {
            case GERAN -> "2G";
            case UTRAN, HSPA_EVOLUTION -> "3G";
            case EUTRAN -> "4G";
            case NR -> "5G";
            case LTE_M -> "LTE-M";
            case EUTRAN_NB_IOT -> "NB-IoT";
            default -> type.name().length() <= 16 ? type.name() : type.name().substring(0, 16);
        };
    }
}
