package org.simfleet.app.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads an import in CSV (RFC 4180): a header line naming the columns, in any order, then one SIM per
 * line. {@code iccid} and {@code imsi} are required columns; {@code msisdn}, {@code form_factor} and
 * {@code quality_grade} may be left out. No value of these columns can contain a comma, so a value may
 * be quoted but never holds the separator.
 */
final class SimCsv {

    static final List<String> COLUMNS = List.of("iccid", "imsi", "msisdn", "form_factor", "quality_grade");

    /** The SIM lines and, for each, its line number in the file (the header is line 1). */
    record Parsed(List<SimImport.Line> lines, List<Integer> lineNumbers) implements SimImport.Naming {

        @Override
        public String field(int index, String column) {
            return "line " + lineNumbers.get(index) + (column == null ? "" : ": " + column);
        }

        @Override
        public String list() {
            return "body";
        }
    }

    private SimCsv() {}

    /**
     * Reads at most {@code SimImport.MAX_SIMS + 1} SIM lines, enough to tell that a file is too big
     * without holding a larger one's lines or errors.
     */
    static Parsed parse(String text, InputErrors errors) {
        List<SimImport.Line> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Iterator<String> it =
                (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().iterator();
        if (!it.hasNext()) {
            errors.add(-1, "line 1", "must be the header line, e.g. " + String.join(",", COLUMNS));
            return new Parsed(lines, numbers);
        }
        int[] positions = header(it.next(), errors);
        if (positions == null) {
            return new Parsed(lines, numbers);
        }
        int lineNumber = 1;
        int read = 0;
        while (it.hasNext() && read <= SimImport.MAX_SIMS) {
            String line = it.next();
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            read++;
            String[] values = line.split(",", -1);
            if (values.length != positions.length) {
                // ordered by the index the next SIM line gets, which puts it between its neighbours' errors
                errors.add(
                        lines.size(),
                        "line " + lineNumber,
                        "has " + values.length + " values; the header has " + positions.length);
                continue;
            }
            String[] byColumn = new String[COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                byColumn[positions[i]] = unquote(values[i]);
            }
            lines.add(new SimImport.Line(byColumn[0], byColumn[1], byColumn[2], byColumn[3], byColumn[4]));
            numbers.add(lineNumber);
        }
        if (read > SimImport.MAX_SIMS) {
            errors.add(-1, "body", SimImport.TOO_MANY);
            return new Parsed(List.of(), List.of());
        }
        return new Parsed(lines, numbers);
    }

    /** The index in {@link #COLUMNS} of each header column, or null when the header is wrong. */
    private static int[] header(String line, InputErrors errors) {
        String[] names = line.split(",", -1);
        int[] positions = new int[names.length];
        List<Integer> seen = new ArrayList<>();
        boolean wrong = false;
        for (int i = 0; i < names.length; i++) {
            String name = unquote(names[i]).toLowerCase();
            positions[i] = COLUMNS.indexOf(name);
            if (positions[i] < 0) {
                errors.add(-1, "line 1", "column '" + name + "' is unknown; the columns are " + COLUMNS);
                wrong = true;
            } else if (seen.contains(positions[i])) {
                errors.add(-1, "line 1", "column '" + name + "' appears twice");
                wrong = true;
            }
            seen.add(positions[i]);
        }
        for (String required : List.of("iccid", "imsi")) {
            if (!seen.contains(COLUMNS.indexOf(required))) {
                errors.add(-1, "line 1", "the header must name the column '" + required + "'");
                wrong = true;
            }
        }
        return wrong ? null : positions;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"").strip();
        }
        return v;
    }
}
