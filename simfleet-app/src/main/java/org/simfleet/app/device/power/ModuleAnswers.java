package org.simfleet.app.device.power;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the answers of 3GPP TS 27.007 PSM and eDRX commands as a module prints them: {@code +CPSMS: <mode>,[<RAU>],
 * [<READY timer>],[<TAU>],[<Active-Time>]} (§7.38), {@code +CEDRXS: <AcT-type>,<eDRX value>} (§7.40), and
 * {@code +CEDRXRDP: <AcT-type>[,<requested>[,<NW-provided>[,<PTW>]]]} (§7.41) or its unsolicited twin {@code
 * +CEDRXP:}. Echoed commands, {@code OK} and blank lines are skipped; quotes and spaces around values are dropped. The
 * parameters are read by position, so a {@code +CEDRXS:} line with the four fields of {@code +CEDRXRDP} (as the
 * seed's example prints it) is understood too.
 */
final class ModuleAnswers {

    /** One result line: its command prefix and its fields, empty strings for omitted ones. */
    record Line(String prefix, List<String> fields) {

        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private ModuleAnswers() {}

    /** The result lines that start with one of {@code prefixes}; throws when there is none. */
    static List<Line> lines(String response, List<String> prefixes) {
        List<Line> lines = new ArrayList<>();
        for (String raw : response.split("\\R")) {
            String line = raw.strip();
            for (String prefix : prefixes) {
                if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    lines.add(new Line(prefix, fields(line.substring(prefix.length()))));
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("has no line starting with " + String.join(" or ", prefixes)
                    + ", e.g. +CPSMS: 1,,,\"01001110\",\"00000101\"");
        }
        return lines;
    }

    private static List<String> fields(String text) {
        String body = text.strip();
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1); // documentation brackets copied along, as in the seed
        }
        List<String> fields = new ArrayList<>();
        for (String f : body.split(",", -1)) {
            String v = f.strip();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1).strip();
            }
            fields.add(v);
        }
        return fields;
    }

    static int integer(String field, String what) {
        if (!field.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("has " + what + " '" + field + "', which is not a number");
        }
        return Integer.parseInt(field);
    }
}
