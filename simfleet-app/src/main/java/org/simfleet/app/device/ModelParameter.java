package org.simfleet.app.device;

import java.util.List;

/**
 * A value a catalogue entry's commands take besides the APN, as the API lists it.
 *
 * @param defaultValue used when the request leaves the parameter out; null when there is none
 * @param allowedValues the only values accepted, or empty for free text checked by the entry's rules
 * @param onlyWithForm the value of the entry's {@code form} parameter this parameter belongs to, or null when it
 *     belongs to every form; given with another form it is refused
 */
public record ModelParameter(
        String name,
        String description,
        boolean required,
        String defaultValue,
        List<String> allowedValues,
        String onlyWithForm) {

    public ModelParameter {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter names are snake_case: " + name);
        }
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (required && defaultValue != null) {
            throw new IllegalArgumentException(name + ": a required parameter has no default");
        }
    }
}
