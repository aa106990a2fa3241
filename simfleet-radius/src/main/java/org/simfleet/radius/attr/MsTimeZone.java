package org.simfleet.radius.attr;

import java.time.ZoneOffset;

/**
 * A decoded 3GPP-MS-TimeZone (3GPP TS 29.061 §16.4.7.2): the offset of the subscriber's local time from UTC and how
 * much of it is daylight saving.
 *
 * @param offset local time minus UTC, daylight saving included, in quarter hours as the network signals it
 * @param daylightSavingHours 0, 1 or 2: the adjustment already contained in {@code offset}
 */
public record MsTimeZone(ZoneOffset offset, int daylightSavingHours) {
    private static final int MAX_QUARTERS = 18 * 4;

    /**
     * Decodes the two octets. The first is the Time Zone of TS 24.008 §10.5.3.8, coded as the TP-SCTS time zone of
     * TS 23.040 §9.2.3.11: two semi-octets, the tens digit in the low nibble with its bit 3 as the sign (1 = west of
     * UTC), the units digit in the high nibble. The second is the Daylight Saving Time of TS 24.008 §10.5.3.12 in
     * bits 1-2. Returns {@code null} for a wrong length, a non-digit, an offset beyond ±18 h or the reserved DST 3.
     */
    public static MsTimeZone decode(byte[] v) {
        if (v == null || v.length != 2) {
            return null;
        }
        int tens = v[0] & 0x07;
        int units = (v[0] >> 4) & 0x0f;
        boolean west = (v[0] & 0x08) != 0;
        int dst = v[1] & 0x03;
        int quarters = tens * 10 + units;
        if (units > 9 || quarters > MAX_QUARTERS || dst == 3) {
            return null;
        }
        int seconds = quarters * 15 * 60;
        return new MsTimeZone(ZoneOffset.ofTotalSeconds(west ? -seconds : seconds), dst);
    }
}
