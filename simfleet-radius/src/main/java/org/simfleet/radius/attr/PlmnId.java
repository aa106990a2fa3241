package org.simfleet.radius.attr;

/**
 * A public land mobile network: mobile country code (3 digits, ITU-T E.212) and mobile network code (2 or 3 digits).
 *
 * @param mcc three decimal digits
 * @param mnc two or three decimal digits; "01" and "001" are different networks, so leading zeros are kept
 */
public record PlmnId(String mcc, String mnc) {
    public PlmnId {
        if (mcc == null || mcc.length() != 3 || !digits(mcc)) {
            throw new IllegalArgumentException("an MCC is three digits, not " + mcc);
        }
        if (mnc == null || (mnc.length() != 2 && mnc.length() != 3) || !digits(mnc)) {
            throw new IllegalArgumentException("an MNC is two or three digits, not " + mnc);
        }
    }

    /**
     * Decodes the three BCD octets of 3GPP TS 24.008 §10.5.1.3 (Figure 10.5.3): MCC digit 2 | MCC digit 1, MNC digit
     * 3 | MCC digit 3, MNC digit 2 | MNC digit 1, high nibble first as written; MNC digit 3 is 0xF for a two-digit MNC.
     * Returns {@code null} when a nibble is not a digit.
     */
    public static PlmnId decode(byte[] octets, int offset) {
        int mcc1 = octets[offset] & 0x0f;
        int mcc2 = (octets[offset] >> 4) & 0x0f;
        int mcc3 = octets[offset + 1] & 0x0f;
        int mnc3 = (octets[offset + 1] >> 4) & 0x0f;
        int mnc1 = octets[offset + 2] & 0x0f;
        int mnc2 = (octets[offset + 2] >> 4) & 0x0f;
        if (mcc1 > 9 || mcc2 > 9 || mcc3 > 9 || mnc1 > 9 || mnc2 > 9 || (mnc3 > 9 && mnc3 != 0x0f)) {
            return null;
        }
        String mcc = new String(new char[] {digit(mcc1), digit(mcc2), digit(mcc3)});
        String mnc = mnc3 == 0x0f
                ? new String(new char[] {digit(mnc1), digit(mnc2)})
                : new String(new char[] {digit(mnc1), digit(mnc2), digit(mnc3)});
        return new PlmnId(mcc, mnc);
    }

    /**
     * Parses the digit strings of 3GPP-IMSI-MCC-MNC, -GGSN-MCC-MNC and -SGSN-MCC-MNC (TS 29.061 §16.4.7.2): the MCC
     * then the MNC, so five digits mean a two-digit MNC and six a three-digit one. Returns {@code null} otherwise.
     */
    public static PlmnId parse(String mccMnc) {
        if (mccMnc == null || (mccMnc.length() != 5 && mccMnc.length() != 6) || !digits(mccMnc)) {
            return null;
        }
        return new PlmnId(mccMnc.substring(0, 3), mccMnc.substring(3));
    }

    @Override
    public String toString() {
        return mcc + "-" + mnc;
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
