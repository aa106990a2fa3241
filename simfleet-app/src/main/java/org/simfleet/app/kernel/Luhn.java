package org.simfleet.app.kernel;

/** The Luhn mod-10 check digit (ISO/IEC 7812-1 Annex B), used by ICCIDs and IMEIs. */
public final class Luhn {

    private Luhn() {}

    /** The digit that makes {@code payload + digit} pass the Luhn check. */
    public static int checkDigit(String payload) {
        int sum = 0;
        boolean doubled = true; // the rightmost payload digit is doubled once the check digit is appended
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    public static boolean isValid(String digits) {
        int last = digits.charAt(digits.length() - 1) - '0';
        return checkDigit(digits.substring(0, digits.length() - 1)) == last;
    }
}
