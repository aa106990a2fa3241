package org.simfleet.app.kernel;

/**
 * International Mobile Subscriber Identity (3GPP TS 23.003 §2.2): MCC (3 digits), MNC (2 or 3) and
 * MSIN, at most 15 digits in all. Six digits is the shortest that still carries an MCC and an MNC.
 */
public record Imsi(String value) {

    public Imsi {
        if (value == null) {
            throw new IllegalArgumentException("IMSI is required");
        }
        if (!value.matches("\\d{6,15}")) {
            throw new IllegalArgumentException("IMSI must be 6 to 15 digits (MCC, MNC, MSIN)");
        }
    }

    public static Imsi of(String value) {
        return new Imsi(value == null ? null : value.strip());
    }

    /** Mobile Country Code: the first three digits. */
    public String mcc() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
