package org.simfleet.app.aaa;

/**
 * An IMSI as a primitive map key. IMSIs are 6 to 15 digits (3GPP TS 23.003 §2.2) and leading zeros matter ("00101…"
 * is a test network's), so the key is the digits read as a number with a 1 in front: unique for every digit string up
 * to 15 long, always positive and below 10^16, and computed without allocating.
 */
final class ImsiKey {

    /** What {@link #of} answers for text that is no IMSI. */
    static final long NONE = -1;

    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 15;

    private ImsiKey() {}

    static long of(String imsi) {
        if (imsi == null || imsi.length() < MIN_DIGITS || imsi.length() > MAX_DIGITS) {
            return NONE;
        }
        long key = 1;
        for (int i = 0; i < imsi.length(); i++) {
            char c = imsi.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }
}
