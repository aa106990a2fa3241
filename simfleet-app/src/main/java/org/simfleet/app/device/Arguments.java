package org.simfleet.app.device;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.simfleet.app.api.Validation;

/**
 * A request's parameters checked against an entry's rules: unknown names, missing required ones, values for another
 * form and values that break the command syntax are collected as errors on {@code params.<name>}; defaults fill in
 * what was left out.
 */
final class Arguments {

    static final String FORM = "form";

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    static Arguments check(List<ParameterRule> rules, Map<String, String> raw, Validation v) {
        Map<String, String> given = new HashMap<>();
        if (raw != null) {
            raw.forEach((k, val) -> {
                if (val != null) {
                    given.put(k, val);
                }
            });
        }
        Map<String, ParameterRule> byName =
                rules.stream().collect(Collectors.toMap(ParameterRule::name, r -> r, (a, b) -> a, LinkedHashMap::new));
        given.keySet().stream()
                .sorted()
                .filter(k -> !byName.containsKey(k))
                .forEach(k -> v.reject(field(k), unknown(rules)));
        Map<String, String> checked = new HashMap<>();
        String form = formOf(byName, given, v);
        if (form != null) {
            checked.put(FORM, form);
        }
        for (ParameterRule rule : rules) {
            ModelParameter p = rule.parameter();
            String value = given.get(p.name());
            if (p.name().equals(FORM) || (p.onlyWithForm() != null && form == null)) {
                continue; // the form is checked once above; when it is wrong, its parameters cannot be judged
            }
            boolean applies = p.onlyWithForm() == null || p.onlyWithForm().equals(form);
            if (!applies) {
                if (value != null) {
                    v.reject(
                            field(p.name()),
                            "applies only with form " + p.onlyWithForm() + "; this request uses form " + form);
                }
                continue;
            }
            if (value == null) {
                if (p.required()) {
                    v.reject(field(p.name()), "is required: " + p.description());
                } else if (p.defaultValue() != null) {
                    checked.put(p.name(), p.defaultValue());
                }
                continue;
            }
            String clean = v.parse(field(p.name()), value, rule.check());
            if (clean != null) {
                checked.put(p.name(), clean);
            }
        }
        return new Arguments(checked);
    }

    static String field(String name) {
        return "params." + name;
    }

    /** The checked value, or the default; empty when the parameter was left out and has no default. */
    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A value the rules guarantee (required, or with a default). */
    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("parameter " + name + " has neither a value nor a default");
        }
        return value;
    }

    /** The request's form, or the default; null when the entry has no forms or the request names an unknown one. */
    private static String formOf(Map<String, ParameterRule> rules, Map<String, String> given, Validation v) {
        ParameterRule form = rules.get(FORM);
        if (form == null) {
            return null;
        }
        return v.parse(field(FORM), given.getOrDefault(FORM, form.parameter().defaultValue()), form.check());
    }

    private static String unknown(List<ParameterRule> rules) {
        if (rules.isEmpty()) {
            return "is not a parameter of this device model, which takes none";
        }
        return "is not a parameter of this device model; it takes "
                + rules.stream().map(ParameterRule::name).collect(Collectors.joining(", "));
    }
}
