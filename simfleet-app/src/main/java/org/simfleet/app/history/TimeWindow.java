package org.simfleet.app.history;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.simfleet.app.api.ApiException;

/**
 * The {@code from} (inclusive) and {@code to} (exclusive) query parameters of a log view, so
 * consecutive windows neither overlap nor leave gaps. Both are ISO-8601 instants (RFC 3339 date-time),
 * {@code Z} or a numeric offset; either may be absent.
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ApiException.badRequest("to", "must be after from (" + from + ")");
        }
    }

    /** Parses the raw parameters; a wrong value answers 400 naming the parameter. */
    public static TimeWindow parse(String from, String to) {
        return new TimeWindow(instant("from", from), instant("to", to));
    }

    private static Instant instant(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // An unencoded '+' of an offset arrives as a space (form encoding of query strings); restore it.
        String text = raw.strip().replace(' ', '+');
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    parameter, "'" + raw + "' is not an ISO-8601 instant such as 2025-01-31T23:00:00Z");
        }
    }
}
