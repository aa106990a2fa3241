package org.simfleet.app.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders fields for the audit log as compact {@code field=value} text, and of an update only the
 * fields that changed, so an entry reads like "data_limit_bytes=1000000 → data_limit_bytes=null".
 */
public final class ChangeText {

    /** What an update changed: the old and the new values of the changed fields, both empty when nothing did. */
    public record Diff(String before, String after, String fields) {
        public boolean isEmpty() {
            return fields.isEmpty();
        }
    }

    private ChangeText() {}

    public static String of(Map<String, ?> fields) {
        return fields.entrySet().stream()
                .map(e -> pair(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" "));
    }

    public static Diff between(Map<String, ?> before, Map<String, ?> after) {
        var changed = after.keySet().stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .toList();
        return new Diff(
                changed.stream().map(k -> pair(k, before.get(k))).collect(Collectors.joining(" ")),
                changed.stream().map(k -> pair(k, after.get(k))).collect(Collectors.joining(" ")),
                String.join(", ", changed));
    }

    private static String pair(String field, Object value) {
        String text = value instanceof Collection<?> c
                ? c.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
        // quote what would otherwise run into the next pair
        boolean quote = text.isEmpty() || text.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '"');
        return field + "=" + (quote ? '"' + text.replace("\"", "\\\"") + '"' : text);
    }
}
