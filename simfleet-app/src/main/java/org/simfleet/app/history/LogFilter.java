package org.simfleet.app.history;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.simfleet.app.tenant.Caller;

/**
 * The WHERE clause of a log query, built from conditions whose column names are constants of the
 * calling code and whose values travel only as bind parameters. A condition with a null value is
 * left out, so optional filters need no branching at the call site.
 */
public final class LogFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    /** Rows of the organisations the caller reads: its own, or any the operator asks for. */
    public LogFilter organisations(Caller caller, String column, Long requested) {
        if (!caller.isOperator()) {
            // Both conditions together: asking for another organisation's rows finds none, never theirs.
            equal(column, caller.orgId());
        }
        return equal(column, requested);
    }

    public LogFilter equal(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = ?");
            args.add(value);
        }
        return this;
    }

    public LogFilter anyOf(String column, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            conditions.add(column + " IN ("
                    + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
            args.addAll(values);
        }
        return this;
    }

    /** Case-insensitive substring match; the text's own % and _ match only themselves. */
    public LogFilter containsIgnoringCase(String column, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_");
            conditions.add("LOWER(" + column + ") LIKE ? ESCAPE '!'");
            args.add("%" + escaped + "%");
        }
        return this;
    }

    public LogFilter within(String column, TimeWindow window) {
        if (window.from() != null) {
            conditions.add(column + " >= ?");
            args.add(window.from().atOffset(ZoneOffset.UTC));
        }
        if (window.to() != null) {
            conditions.add(column + " < ?");
            args.add(window.to().atOffset(ZoneOffset.UTC));
        }
        return this;
    }

    /** {@code " WHERE ..."}, or nothing when no condition applies. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public List<Object> args() {
        return List.copyOf(args);
    }
}
