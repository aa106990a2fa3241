package org.simfleet.app.policy;

import java.util.Locale;

/**
 * The APN Network Identifier rules of 3GPP TS 23.003 §9.1 and §9.1.1: dot-separated labels of
 * letters, digits and hyphens (RFC 1035 §2.3.1), each starting and ending with a letter or digit
 * (RFC 1123 §2.1), at most 63 characters a label and 100 in all. The strings "rac", "lac", "sgsn" and
 * "rnc" at the start and ".gprs" at the end are reserved for the operator's own names, and case is not
 * significant, so the stored form is lower case.
 */
public final class ApnName {

    static final int MAX_LENGTH = 100;
    static final int MAX_LABEL = 63;
    private static final String[] RESERVED_STARTS = {"rac", "lac", "sgsn", "rnc"};

    private ApnName() {}

    /** The APN in its stored (lower-case) form; throws with the reason when it breaks a rule. */
    public static String normalise(String raw) {
        String apn = raw.strip().toLowerCase(Locale.ROOT);
        if (apn.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (apn.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters (3GPP TS 23.003 §9.1)");
        }
        for (String label : apn.split("\\.", -1)) {
            checkLabel(label);
        }
        for (String reserved : RESERVED_STARTS) {
            if (apn.startsWith(reserved)) {
                throw new IllegalArgumentException("must not start with '" + reserved
                        + "': 3GPP TS 23.003 §9.1.1 reserves rac, lac, sgsn and rnc for the operator's own names");
            }
        }
        if (apn.equals("gprs") || apn.endsWith(".gprs")) {
            throw new IllegalArgumentException("must not end in '.gprs': that is the Operator Identifier's ending;"
                    + " give the Network Identifier only (3GPP TS 23.003 §9.1.1)");
        }
        return apn;
    }

    private static void checkLabel(String label) {
        if (label.isEmpty()) {
            throw new IllegalArgumentException("has an empty label (a dot at the start or end, or two dots in a row)");
        }
        if (label.length() > MAX_LABEL) {
            throw new IllegalArgumentException("has a label longer than " + MAX_LABEL + " characters: '" + label + "'");
        }
        if (!label.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException(
                    "label '" + label + "' may hold only letters, digits and hyphens (3GPP TS 23.003 §9.1.1)");
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw new IllegalArgumentException("label '" + label + "' must start and end with a letter or digit");
        }
    }
}
