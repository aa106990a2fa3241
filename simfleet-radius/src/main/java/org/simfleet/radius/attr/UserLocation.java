package org.simfleet.radius.attr;

/**
 * A decoded 3GPP-User-Location-Info (3GPP TS 29.061 §16.4.7.2; the fields laid out as in TS 29.274 §8.21). Only the
 * identifiers the location type carries are set; the others are {@code null}. When both a tracking area and a cell
 * are present, {@link #plmn()} is the tracking area's (the cell's is the same outside network sharing).
 *
 * @param lac location area code, 16 bits (CGI, SAI, RAI)
 * @param ci cell identity, 16 bits (CGI)
 * @param sac service area code, 16 bits (SAI)
 * @param rac routing area code, 8 bits (RAI)
 * @param tac tracking area code: 16 bits for E-UTRAN, 24 bits for 5GS
 * @param eci E-UTRAN cell identifier, 28 bits
 * @param nci NR cell identity, 36 bits
 */
public record UserLocation(
        GeographicLocationType type,
        PlmnId plmn,
        Integer lac,
        Integer ci,
        Integer sac,
        Integer rac,
        Integer tac,
        Long eci,
        Long nci) {

    /**
     * Decodes the attribute value, or returns {@code null} when the type is one not decoded here, the length does
     * not match the type, or a PLMN has a non-digit nibble. The caller keeps the raw octets either way.
     */
    public static UserLocation decode(byte[] v) {
        if (v == null || v.length == 0) {
            return null;
        }
        GeographicLocationType type = GeographicLocationType.of(v[0] & 0xff);
        if (type == null || v.length != type.length()) {
            return null;
        }
        PlmnId plmn = PlmnId.decode(v, 1);
        if (plmn == null) {
            return null;
        }
        return switch (type) {
            case CGI -> new UserLocation(type, plmn, u16(v, 4), u16(v, 6), null, null, null, null, null);
            case SAI -> new UserLocation(type, plmn, u16(v, 4), null, u16(v, 6), null, null, null, null);
            case RAI -> new UserLocation(type, plmn, u16(v, 4), null, null, v[6] & 0xff, null, null, null);
            case TAI -> new UserLocation(type, plmn, null, null, null, null, u16(v, 4), null, null);
            case ECGI -> new UserLocation(type, plmn, null, null, null, null, null, eci(v, 4), null);
            case TAI_AND_ECGI -> cellPlmnValid(v, 6)
                    ? new UserLocation(type, plmn, null, null, null, null, u16(v, 4), eci(v, 9), null)
                    : null;
            case NCGI -> new UserLocation(type, plmn, null, null, null, null, null, null, nci(v, 4));
            case FIVE_GS_TAI -> new UserLocation(type, plmn, null, null, null, null, u24(v, 4), null, null);
            case FIVE_GS_TAI_AND_NCGI -> cellPlmnValid(v, 7)
                    ? new UserLocation(type, plmn, null, null, null, null, u24(v, 4), null, nci(v, 10))
                    : null;
        };
    }

    private static boolean cellPlmnValid(byte[] v, int offset) {
        return PlmnId.decode(v, offset) != null;
    }

    private static int u16(byte[] v, int off) {
        return ((v[off] & 0xff) << 8) | (v[off + 1] & 0xff);
    }

    private static int u24(byte[] v, int off) {
        return ((v[off] & 0xff) << 16) | u16(v, off + 1);
    }

    /** The ECI is the low 28 bits of four octets; the top four are spare (TS 29.274 §8.21.5). */
    private static long eci(byte[] v, int off) {
        return (((long) u16(v, off) << 16) | u16(v, off + 2)) & 0x0fff_ffffL;
    }

    /** The NR Cell Identity is the low 36 bits of five octets; the top four are spare. */
    private static long nci(byte[] v, int off) {
        return (((long) (v[off] & 0xff) << 32) | ((long) u16(v, off + 1) << 16) | u16(v, off + 3)) & 0x0f_ffff_ffffL;
    }
}
