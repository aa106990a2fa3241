package org.simfleet.app.kernel;

/**
 * Mobile subscriber number in E.164 international form (ITU-T E.164 §6): country code and national
 * number, at most 15 digits. A leading '+' is accepted and dropped; stored as digits only.
 */
public record Msisdn(String value) {

    public Msisdn {
        if (value == null) {
            throw new IllegalArgumentException("MSISDN is required");
        }
        if (!value.matches("[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException(
                    "MSISDN must be an E.164 number: 7 to 15 digits, no leading zero, optional leading +");
        }
    }

    public static Msisdn of(String value) {
        if (value == null) {
            return new Msisdn(null);
        }
        String v = value.strip();
        return new Msisdn(v.startsWith("+") ? v.substring(1) : v);
    }

    @Override
    public String toString() {
        return value;
    }
}
