package org.simfleet.app.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.simfleet.app.api.Validation;

/**
 * Validates a list-valued field element by element. Policies' lists are sets stored as comma-separated
 * text, so an element is named by its index when wrong ({@code apns[2]}) and a repeat is refused rather
 * than silently merged.
 */
final class ListField {

    private ListField() {}

    /** Parses each element, naming a wrong one by its index, e.g. {@code apns[2]}; repeats are refused too. */
    static List<String> distinct(
            Validation v, String field, List<String> raw, int max, Function<String, String> parse) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > max) {
            v.reject(field, "must have at most " + max + " entries, has " + raw.size());
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String element = field + "[" + i + "]";
            if (raw.get(i) == null) {
                v.reject(element, "must not be null");
                continue;
            }
            String value = v.parse(element, raw.get(i), parse);
            if (value != null && !out.add(value)) {
                v.reject(element, "repeats '" + value + "'");
            }
        }
        return new ArrayList<>(out);
    }
}
