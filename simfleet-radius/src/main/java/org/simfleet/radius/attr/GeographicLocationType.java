package org.simfleet.radius.attr;

/**
 * The first octet of 3GPP-User-Location-Info, which says what follows (3GPP TS 29.061 §16.4.7.2, Release 16
 * numbering). Only the types {@link UserLocation} decodes are listed; eNodeB and NG-RAN node ids stay raw.
 */
public enum GeographicLocationType {
    /** Cell Global Identification: PLMN, LAC, CI (GERAN). */
    CGI(0, 8),
    /** Service Area Identity: PLMN, LAC, SAC (UTRAN). */
    SAI(1, 8),
    /** Routing Area Identification: PLMN, LAC, RAC and a filler octet of all ones. */
    RAI(2, 8),
    /** Tracking Area Identity: PLMN, 2-octet TAC (E-UTRAN). */
    TAI(128, 6),
    /** E-UTRAN Cell Global Identifier: PLMN, 28-bit ECI. */
    ECGI(129, 8),
    /** TAI followed by ECGI, what an LTE PGW usually sends. */
    TAI_AND_ECGI(130, 13),
    /** NR Cell Global Identifier: PLMN, 36-bit NR Cell Identity. */
    NCGI(135, 9),
    /** 5GS Tracking Area Identity: PLMN, 3-octet TAC. */
    FIVE_GS_TAI(136, 7),
    /** 5GS TAI followed by NCGI. */
    FIVE_GS_TAI_AND_NCGI(137, 15);

    private final int code;
    private final int length;

    GeographicLocationType(int code, int length) {
        this.code = code;
        this.length = length;
    }

    public int code() {
        return code;
    }

    /** The attribute value's length for this type, the type octet included. */
    int length() {
        return length;
    }

    static GeographicLocationType of(int code) {
        for (GeographicLocationType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
