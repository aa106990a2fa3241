package org.simfleet.app.tenant;

import org.simfleet.app.api.Validation;

/** The password rule: length is what resists guessing (NIST SP 800-63B §5.1.1), so no composition rules. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    private Passwords() {}

    static void check(Validation v, String field, String password) {
        if (password == null) {
            return;
        }
        v.require(password.length() >= MIN_LENGTH, field, "must be at least " + MIN_LENGTH + " characters");
        v.require(password.length() <= MAX_LENGTH, field, "must be at most " + MAX_LENGTH + " characters");
    }

    static void checkEmail(Validation v, String field, String email) {
        if (email == null || email.isBlank()) {
            v.reject(field, "is required");
        } else if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            v.reject(field, "must be an e-mail address such as name@example.com");
        }
    }
}
