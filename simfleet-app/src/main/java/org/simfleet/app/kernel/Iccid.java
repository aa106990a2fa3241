package org.simfleet.app.kernel;

/**
 * Integrated Circuit Card Identifier (ITU-T E.118): 19 or 20 digits starting with the telecom
 * industry identifier "89", the last digit being the Luhn check digit over the digits before it.
 */
public record Iccid(String value) implements Comparable<Iccid> {

    public Iccid {
        if (value == null) {
            throw new IllegalArgumentException("ICCID is required");
        }
        if (!value.matches("\\d{19,20}")) {
            throw new IllegalArgumentException("ICCID must be 19 or 20 digits");
        }
        if (!value.startsWith("89")) {
            throw new IllegalArgumentException("ICCID must start with the telecom industry identifier 89");
        }
        if (!Luhn.isValid(value)) {
            throw new IllegalArgumentException("ICCID check digit is wrong (Luhn), expected "
                    + Luhn.checkDigit(value.substring(0, value.length() - 1)));
        }
    }

    public static Iccid of(String value) {
        return new Iccid(value == null ? null : value.strip());
    }

    /** Appends the Luhn check digit to 18 or 19 payload digits. */
    public static Iccid withCheckDigit(String payload) {
        return new Iccid(payload + Luhn.checkDigit(payload));
    }

    @Override
    public int compareTo(Iccid other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
