package org.simfleet.app.device;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.simfleet.app.kernel.Msisdn;

/**
 * The kinds of parameter the catalogue's commands take, each with the check that keeps a value from breaking the
 * command it goes into: passwords of letters and digits (no separator of any syntax), E.164 phone numbers, PLMN codes,
 * host names, ports and lists of networks.
 */
final class Parameters {

    static final int MAX_PASSWORD = 32;

    private Parameters() {}

    static ParameterRule form(String description, String defaultForm, String... forms) {
        List<String> allowed = List.of(forms);
        return new ParameterRule(
                new ModelParameter(Arguments.FORM, description, false, defaultForm, allowed, null), raw -> {
                    for (String f : allowed) {
                        if (f.equalsIgnoreCase(raw.strip())) {
                            return f;
                        }
                    }
                    throw new IllegalArgumentException("must be one of " + allowed);
                });
    }

    /** A password with a default; {@code form} limits it to one form of the entry, or null for all. */
    static ParameterRule password(String name, String description, String defaultValue, String form) {
        return new ParameterRule(
                new ModelParameter(name, description, false, defaultValue, List.of(), form),
                raw -> letters(raw, 1, MAX_PASSWORD));
    }

    /** A password that is only sent when given (the device has none by default). */
    static ParameterRule optionalPassword(String name, String description) {
        return password(name, description, null, null);
    }

    /** Letters and digits only, so no password can carry a syntax's separator (space, comma, '#', ';', '$'). */
    static String letters(String raw, int min, int max) {
        String value = raw.strip();
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(
                    min == max ? "must be " + min + " characters" : "must be " + min + " to " + max + " characters");
        }
        if (!value.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException(
                    "may hold only letters and digits: a space, comma, '#', ';' or '$' would end the command early");
        }
        return value;
    }

    static ParameterRule phoneNumber(String description) {
        return new ParameterRule(
                new ModelParameter("phone_number", description, true, null, List.of(), null),
                raw -> Msisdn.of(raw).value());
    }

    /** A PLMN identity: 3-digit MCC and 2- or 3-digit MNC (3GPP TS 23.003 §2.2, §12.1). */
    static ParameterRule plmn(String description, String defaultValue) {
        return new ParameterRule(
                new ModelParameter("plmn", description, false, defaultValue, List.of(), null), Parameters::plmnCode);
    }

    static String plmnCode(String raw) {
        String value = raw.strip().replace("-", "");
        if (!value.matches("\\d{5,6}")) {
            throw new IllegalArgumentException(
                    "must be a network's MCC and MNC, 5 or 6 digits such as 26201 (3GPP TS 23.003 §2.2)");
        }
        return value;
    }

    /** A host name (RFC 1123 §2.1) or an IPv4 address, as trackers take for their server. */
    static ParameterRule host(String name, String description, String defaultValue, String form) {
        return new ParameterRule(new ModelParameter(name, description, false, defaultValue, List.of(), form), raw -> {
            String value = raw.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || value.length() > 253) {
                throw new IllegalArgumentException("must be a host name or IPv4 address of 1 to 253 characters");
            }
            for (String label : value.split("\\.", -1)) {
                if (!label.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
                    throw new IllegalArgumentException("must be a host name or IPv4 address; label '" + label
                            + "' is not letters, digits and inner hyphens (RFC 1123 §2.1)");
                }
            }
            return value;
        });
    }

    static ParameterRule port(String name, String description, String defaultValue, String form) {
        return new ParameterRule(new ModelParameter(name, description, false, defaultValue, List.of(), form), raw -> {
            String value = raw.strip();
            if (!value.matches("\\d{1,5}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 65535) {
                throw new IllegalArgumentException("must be a port from 1 to 65535");
            }
            return Integer.toString(Integer.parseInt(value));
        });
    }

    /**
     * A list of networks as PLMN codes, separated by commas or spaces; at most {@code max}, each once. The result is
     * comma-separated.
     */
    static ParameterRule networks(String name, String description, int max) {
        return new ParameterRule(new ModelParameter(name, description, false, null, List.of(), null), raw -> {
            Set<String> codes = new LinkedHashSet<>();
            List<String> parts = new ArrayList<>();
            for (String part : raw.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("must name at least one network, e.g. \"26201,26202\"");
            }
            if (parts.size() > max) {
                throw new IllegalArgumentException("must name at most " + max + " networks, names " + parts.size());
            }
            for (String part : parts) {
                String code;
                try {
                    code = plmnCode(part);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + part + "' " + e.getMessage());
                }
                if (!codes.add(code)) {
                    throw new IllegalArgumentException("names " + code + " twice");
                }
            }
            return String.join(",", codes);
        });
    }
}
