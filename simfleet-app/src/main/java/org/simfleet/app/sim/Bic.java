package org.simfleet.app.sim;

import java.security.SecureRandom;

/**
 * Batch Identification Code: the code printed with a SIM delivery that a customer enters to take the
 * batch over (emnify's BIC). Whoever knows it can claim the SIMs, so a generated one must not be
 * guessable: 16 characters from a 31-character alphabet are about 79 random bits.
 */
final class Bic {

    /** Digits and capitals without the look-alikes 0/O, 1/I/L, so a BIC read off a card is typed right. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Bic() {}

    static String generate() {
        StringBuilder bic = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            bic.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return bic.toString();
    }

    /** Why {@code bic} cannot be a BIC, or null when it can: 6 to 64 letters, digits and hyphens. */
    static String problem(String bic) {
        if (bic.length() < 6 || bic.length() > 64) {
            return "must be 6 to 64 characters";
        }
        if (!bic.matches("[A-Za-z0-9-]+")) {
            return "may contain only letters A-Z, digits and hyphens";
        }
        return null;
    }
}
