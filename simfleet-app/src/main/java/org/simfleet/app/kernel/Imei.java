package org.simfleet.app.kernel;

/**
 * International Mobile Equipment Identity (3GPP TS 23.003 §6.2): 14 digits (TAC + serial) followed by
 * the Luhn check digit (15 digits), or the 16-digit IMEISV whose last two digits are a software
 * version and carry no check digit.
 */
public record Imei(String value) {

    public Imei {
        if (value == null) {
            throw new IllegalArgumentException("IMEI is required");
        }
        if (value.matches("\\d{15}")) {
            if (!Luhn.isValid(value)) {
                throw new IllegalArgumentException(
                        "IMEI check digit is wrong (Luhn), expected " + Luhn.checkDigit(value.substring(0, 14)));
            }
        } else if (!value.matches("\\d{16}")) {
            throw new IllegalArgumentException("IMEI must be 15 digits (with Luhn check digit) or a 16-digit IMEISV");
        }
    }

    public static Imei of(String value) {
        return new Imei(value == null ? null : value.strip());
    }

    /** The 14 digits that identify the device (TAC + serial), the same in IMEI and IMEISV. */
    public String deviceDigits() {
        return value.substring(0, 14);
    }

    @Override
    public String toString() {
        return value;
    }
}
