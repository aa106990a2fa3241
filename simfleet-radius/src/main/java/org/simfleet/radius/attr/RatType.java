package org.simfleet.radius.attr;

/**
 * The radio access type of 3GPP-RAT-Type: the values of 3GPP TS 29.274 §8.17 that TS 29.061 §16.4.7.2 adopts, plus
 * the non-3GPP accesses TS 29.061 numbers from 101.
 */
public enum RatType {
    UTRAN(1),
    GERAN(2),
    WLAN(3),
    GAN(4),
    HSPA_EVOLUTION(5),
    EUTRAN(6),
    VIRTUAL(7),
    EUTRAN_NB_IOT(8),
    LTE_M(9),
    NR(10),
    IEEE_802_16E(101),
    EHRPD(102),
    HRPD(103),
    ONE_X_RTT(104),
    UMB(105);

    private static final RatType[] BY_CODE = new RatType[256];

    static {
        for (RatType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    RatType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code, or {@code null} for a reserved or unknown one (the raw code stays readable). */
    public static RatType of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
