package org.simfleet.smpp;

/**
 * Address rules shared by the API records and the submit path: what SMPP 3.4 §5.2.8 / §5.2.9 allow in
 * source_addr and destination_addr (21 octets with the terminating NUL), and which TON/NPI each kind gets.
 */
final class Addresses {
    /** source_addr and destination_addr are C-Octet Strings of at most 21 octets, NUL included (§4.4.1). */
    static final int MAX_ADDRESS_DIGITS = 20;

    /** An alphanumeric sender is at most 11 characters: 11 GSM septets fill the 10-octet TP-OA (TS 23.040 §9.1.2.5). */
    static final int MAX_ALPHANUMERIC = 11;

    /** TON international, NPI ISDN/E.164 (§5.2.5, §5.2.6). */
    static final byte TON_INTERNATIONAL = 1;

    static final byte TON_UNKNOWN = 0;
    static final byte TON_ALPHANUMERIC = 5;
    static final byte NPI_UNKNOWN = 0;
    static final byte NPI_E164 = 1;

    /** Numbers of at least this many digits are taken as international MSISDNs; shorter ones as short codes. */
    static final int MIN_INTERNATIONAL_DIGITS = 9;

    private Addresses() {}

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static void checkSource(String source) {
        String digits = source.startsWith("+") ? source.substring(1) : source;
        if (isDigits(digits)) {
            if (digits.length() > MAX_ADDRESS_DIGITS) {
                throw new IllegalArgumentException("a numeric source has at most 20 digits: " + source);
            }
            return;
        }
        if (source.isEmpty() || source.length() > MAX_ALPHANUMERIC) {
            throw new IllegalArgumentException("an alphanumeric source has 1 to 11 characters: " + source);
        }
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("an alphanumeric source is printable ASCII: " + source);
            }
        }
    }

    /** The TON for a source address: alphanumeric (5), international (1) for long numbers, else unknown (0). */
    static byte sourceTon(String source) {
        String digits = source.startsWith("+") ? source.substring(1) : source;
        if (!isDigits(digits)) {
            return TON_ALPHANUMERIC;
        }
        return digits.length() >= MIN_INTERNATIONAL_DIGITS || source.startsWith("+") ? TON_INTERNATIONAL : TON_UNKNOWN;
    }

    static byte sourceNpi(String source) {
        return sourceTon(source) == TON_ALPHANUMERIC ? NPI_UNKNOWN : NPI_E164;
    }

    static String sourceAddress(String source) {
        return source.startsWith("+") ? source.substring(1) : source;
    }
}
