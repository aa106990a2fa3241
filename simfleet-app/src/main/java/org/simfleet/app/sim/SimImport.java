package org.simfleet.app.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.simfleet.app.api.Validation;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.kernel.Imsi;
import org.simfleet.app.kernel.Msisdn;

/**
 * Checks the lines of an import, JSON or CSV, before anything is written: each identifier with its
 * kernel type, the enums, and that no ICCID, IMSI or MSISDN repeats inside the request.
 */
final class SimImport {

    /**
     * Most SIMs one request imports. An import is one transaction, so its rows stay locked and its
     * request in memory until it commits; 100,000 SIMs (about 6 MB of CSV) commit within seconds on
     * both databases. A bigger delivery is imported as several batches, each with its own BIC.
     */
    static final int MAX_SIMS = 100_000;

    static final String TOO_MANY = "at most " + MAX_SIMS + " SIMs per import; import a bigger delivery in batches";

    /** One SIM as the request spells it: a JSON element of {@code sims}, or a CSV line. */
    record Line(String iccid, String imsi, String msisdn, String formFactor, String qualityGrade) {}

    /** A checked SIM; {@code index} is its position in the request, for error messages. */
    record NewSim(
            int index, String iccid, String imsi, String msisdn, FormFactor formFactor, QualityGrade qualityGrade) {}

    /** How the request names a line's field in errors: {@code sims[3].iccid} or {@code line 5: iccid}. */
    interface Naming {
        /** @param column null for the whole line */
        String field(int index, String column);

        /** The name of the list itself, for errors about all of it. */
        default String list() {
            return "sims";
        }
    }

    private SimImport() {}

    /** The valid lines; every problem is added to {@code errors}. */
    static List<NewSim> check(List<Line> lines, Naming naming, InputErrors errors) {
        if (lines.isEmpty()) {
            errors.add(-1, naming.list(), "must contain at least one SIM");
        }
        if (lines.size() > MAX_SIMS) {
            errors.add(-1, naming.list(), TOO_MANY);
            return List.of();
        }
        Map<String, Integer> iccids = new HashMap<>();
        Map<String, Integer> imsis = new HashMap<>();
        Map<String, Integer> msisdns = new HashMap<>();
        List<NewSim> sims = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null) {
                errors.add(i, naming.field(i, null), "must be a SIM object");
                continue;
            }
            Checker c = new Checker(i, naming, errors);
            String iccid = c.value("iccid", line.iccid(), v -> Iccid.of(v).value(), iccids);
            String imsi = c.value("imsi", line.imsi(), v -> Imsi.of(v).value(), imsis);
            String msisdn = blank(line.msisdn())
                    ? null
                    : c.value("msisdn", line.msisdn(), v -> Msisdn.of(v).value(), msisdns);
            FormFactor formFactor = c.choice("form_factor", line.formFactor(), FormFactor.class, FormFactor.DEFAULT);
            QualityGrade grade =
                    c.choice("quality_grade", line.qualityGrade(), QualityGrade.class, QualityGrade.DEFAULT);
            if (!c.failed) {
                sims.add(new NewSim(i, iccid, imsi, msisdn, formFactor, grade));
            }
        }
        return sims;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The checks of one line, remembering whether any failed. */
    private static final class Checker {
        private final int index;
        private final Naming naming;
        private final InputErrors errors;
        private boolean failed;

        Checker(int index, Naming naming, InputErrors errors) {
            this.index = index;
            this.naming = naming;
            this.errors = errors;
        }

        String value(String column, String raw, Function<String, String> parse, Map<String, Integer> seen) {
            String value;
            try {
                value = parse.apply(blank(raw) ? null : raw);
            } catch (IllegalArgumentException e) {
                reject(column, e.getMessage());
                return null;
            }
            Integer first = seen.putIfAbsent(value, index);
            if (first != null) {
                reject(column, "repeats " + naming.field(first, column));
            }
            return value;
        }

        <E extends Enum<E>> E choice(String column, String raw, Class<E> type, E fallback) {
            if (blank(raw)) {
                return fallback;
            }
            Validation v = new Validation();
            E value = Validation.parseEnum(v, column, raw, type);
            v.errors().forEach(e -> reject(column, e.reason()));
            return value;
        }

        private void reject(String column, String reason) {
            errors.add(index, naming.field(index, column), reason);
            failed = true;
        }
    }
}
