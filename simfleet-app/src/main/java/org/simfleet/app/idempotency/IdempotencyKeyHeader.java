package org.simfleet.app.idempotency;

import org.simfleet.app.api.ApiException;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 200 printable ASCII characters (a UUID is the
 * usual choice). The IETF draft writes it as a Structured Field String (RFC 8941 §3.3.3), in double
 * quotes; Stripe's clients send it bare. Both forms name the same key.
 */
final class IdempotencyKeyHeader {

    static final int MAX_LENGTH = 200;

    private IdempotencyKeyHeader() {}

    static String parse(String raw) {
        String key = raw.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ApiException.badRequest(
                    IdempotencyFilter.HEADER, "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
        return key;
    }
}
