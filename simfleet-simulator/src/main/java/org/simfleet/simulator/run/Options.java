package org.simfleet.simulator.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The command line as {@code --name value} pairs, each name checked against the known ones. */
final class Options {

    static final Set<String> KNOWN = Set.of(
            "target",
            "token",
            "token-file",
            "user",
            "password",
            "hlr-token",
            "hlr-token-file",
            "hlr-user",
            "hlr-password",
            "devices",
            "rate",
            "seed",
            "profile",
            "radius-host",
            "auth-port",
            "acct-port",
            "secret",
            "gateway-address",
            "coa-port",
            "smsc-port",
            "smsc-system-id",
            "smsc-password",
            "speed",
            "duration",
            "loss",
            "restart-every",
            "report-every",
            "power-on-within",
            "window",
            "interims",
            "seconds",
            "warmup",
            "subscribers");

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !KNOWN.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown option " + a + "; try --help");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            values.put(a.substring(2), args[++i]);
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    int integer(String name, int fallback) {
        try {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + values.get(name));
        }
    }

    double number(String name, double fallback) {
        try {
            return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not " + values.get(name));
        }
    }

    /** A value given directly, or read from the file named by {@code fileOption}. */
    String secretOrFile(String name, String fileOption) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        if (values.containsKey(fileOption)) {
            try {
                return Files.readString(Path.of(values.get(fileOption))).strip();
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read --" + fileOption + " " + values.get(fileOption), e);
            }
        }
        return null;
    }
}
