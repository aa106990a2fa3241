package org.simfleet.app.aaa;

import java.util.Arrays;
import org.simfleet.app.policy.CoveragePolicy;

/**
 * A coverage policy compiled for the decision path: the allowed countries as a bitmap over the 1,000 possible Mobile
 * Country Codes, the blocked networks as sorted numeric keys, so checking a visited network allocates nothing. It
 * decides exactly as {@link CoveragePolicy#allowsNetwork} does (a test compares the two).
 */
final class CoverageRules {

    /** The visited network may be used. */
    static final int ALLOWED = 0;
    /** Its country is not among the policy's. */
    static final int COUNTRY = 1;
    /** It is on the policy's blacklist. */
    static final int OPERATOR = 2;

    final long id;
    final String name;
    private final boolean worldwide;
    private final long[] countries = new long[16];
    private final long[] blocked;

    private CoverageRules(CoveragePolicy p) {
        id = p.id();
        name = p.name();
        worldwide = p.allowedCountries().isEmpty();
        for (String mcc : p.allowedCountries()) {
            int code = Integer.parseInt(mcc);
            countries[code >>> 6] |= 1L << code;
        }
        blocked = p.blockedOperators().stream()
                .mapToLong(network -> key(network.replace("-", "")))
                .sorted()
                .toArray();
    }

    static CoverageRules of(CoveragePolicy policy) {
        return new CoverageRules(policy);
    }

    /**
     * Checks a serving network given as 3GPP-SGSN-MCC-MNC digits (TS 29.061 §16.4.7.2: MCC then a two- or three-digit
     * MNC), answering {@link #ALLOWED}, {@link #COUNTRY} or {@link #OPERATOR}. Text that is not five or six digits
     * names no country the policy could allow, so it is {@link #COUNTRY} unless the policy is worldwide.
     */
    int check(String mccMnc) {
        long key = key(mccMnc);
        if (key < 0) {
            return worldwide ? ALLOWED : COUNTRY;
        }
        int mcc = (mccMnc.charAt(0) - '0') * 100 + (mccMnc.charAt(1) - '0') * 10 + (mccMnc.charAt(2) - '0');
        if (!worldwide && (countries[mcc >>> 6] & (1L << mcc)) == 0) {
            return COUNTRY;
        }
        return Arrays.binarySearch(blocked, key) >= 0 ? OPERATOR : ALLOWED;
    }

    /** The digits with a 1 in front, so "26201" and "262001" (different networks) stay different; -1 for non-digits. */
    private static long key(String mccMnc) {
        if (mccMnc == null || (mccMnc.length() != 5 && mccMnc.length() != 6)) {
            return -1;
        }
        long key = 1;
        for (int i = 0; i < mccMnc.length(); i++) {
            char c = mccMnc.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    /** "262-01" from "26201", as policies and people write a network. */
    static String network(String mccMnc) {
        return mccMnc.length() >= 5 ? mccMnc.substring(0, 3) + "-" + mccMnc.substring(3) : mccMnc;
    }
}
