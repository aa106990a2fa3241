package org.simfleet.app.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every wrong field of one request before answering, so a user fixes a request in one go
 * instead of one field per round trip.
 */
public final class Validation {

    private final List<ApiException.FieldError> errors = new ArrayList<>();

    public void reject(String field, String reason) {
        errors.add(new ApiException.FieldError(field, reason));
    }

    public void require(boolean condition, String field, String reason) {
        if (!condition) {
            reject(field, reason);
        }
    }

    /** Parses a value with a validating constructor; a thrown IllegalArgumentException becomes a field error. */
    public <T> T parse(String field, String raw, Function<String, T> parser) {
        if (raw == null) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            reject(field, "is required");
        }
        return value;
    }

    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return value;
        }
        if (value.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<ApiException.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws 422 with every collected error, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    public static <E extends Enum<E>> E parseEnum(Validation v, String field, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            v.reject(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
