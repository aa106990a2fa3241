package org.simfleet.app.device.power;

import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;

/**
 * eDRX (3GPP TS 23.682 §4.5.13): the module asks for a cycle with {@code AT+CEDRXS=1,<AcT-type>,"<eDRX value>"}
 * (TS 27.007 §7.40) and the network answers the one it grants, read with {@code AT+CEDRXRDP} (§7.41).
 *
 * <p>Encoding picks, among the values the mode uses as they are (see {@link EdrxTable}), the cycle nearest to the one
 * asked for; of two equally near, the shorter, so the device is never paged later than asked. A cycle outside the
 * mode's range (LTE-M 5.12 s to 2621.44 s, NB-IoT 20.48 s to 10485.76 s) is refused with the range: no value comes
 * near it, and for shorter cycles plain DRX is the answer.
 */
public final class EdrxCalculator {

    private EdrxCalculator() {}

    /** An {@link EdrxAnswer} for a mode and a cycle or value, or {@link EdrxReadings} for a module's answer. */
    public static Object answer(EdrxRequest r) {
        Validation v = new Validation();
        if (r.moduleResponse() != null) {
            rejectBeside(v, r.rat(), "rat");
            rejectBeside(v, r.cycleSeconds(), "cycle_seconds");
            rejectBeside(v, r.edrxValue(), "edrx_value");
            v.throwIfInvalid();
            return fromModule(r.moduleResponse());
        }
        Rat rat = r.rat() == null ? null : v.parse("rat", r.rat(), Rat::parse);
        if (r.rat() == null) {
            v.reject("rat", "is required: LTE-M or NB-IoT");
        }
        if (r.cycleSeconds() != null && r.edrxValue() != null) {
            v.reject("edrx_value", "give either cycle_seconds (to encode) or edrx_value (to decode)");
        } else if (r.cycleSeconds() == null && r.edrxValue() == null) {
            v.reject("cycle_seconds", "is required, or edrx_value to decode, or a module_response to read");
        }
        Integer code = r.edrxValue() == null ? null : v.parse("edrx_value", r.edrxValue(), EdrxTable::parse);
        v.throwIfInvalid();
        if (code != null) {
            return decode(rat, code);
        }
        try {
            return encode(rat, r.cycleSeconds());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cycle_seconds", e.getMessage());
        }
    }

    static EdrxAnswer encode(Rat rat, double seconds) {
        List<Integer> usable = EdrxTable.usable(rat);
        long shortest = EdrxTable.cycleMs(usable.get(0));
        long longest = EdrxTable.cycleMs(usable.get(usable.size() - 1));
        long wanted = Math.round(seconds * 1000);
        if (!(seconds > 0) || wanted < shortest || wanted > longest) {
            throw new IllegalArgumentException(rat.label() + " eDRX cycles range from " + shortest / 1000.0 + " s to "
                    + longest / 1000.0 + " s (3GPP TS 24.008 Table 10.5.5.32); leave eDRX off for shorter ones");
        }
        int best = usable.get(0);
        for (int code : usable) {
            if (Math.abs(EdrxTable.cycleMs(code) - wanted) < Math.abs(EdrxTable.cycleMs(best) - wanted)) {
                best = code;
            }
        }
        EdrxAnswer exact = decode(rat, best);
        long cycle = EdrxTable.cycleMs(best);
        return new EdrxAnswer(
                exact.rat(),
                exact.actType(),
                exact.edrxValue(),
                null,
                exact.cycleSeconds(),
                wanted / 1000.0,
                (cycle - wanted) / 1000.0,
                null,
                null,
                null,
                null,
                null,
                exact.atCommand(),
                List.of());
    }

    static EdrxAnswer decode(Rat rat, int code) {
        EdrxTable.Meaning m = EdrxTable.meaning(rat, code);
        List<String> notes = m.note() == null ? List.of() : List.of(m.note());
        return new EdrxAnswer(
                rat.label(),
                rat.actType(),
                EdrxTable.bits(code),
                m.effectiveCode() == code ? null : EdrxTable.bits(m.effectiveCode()),
                seconds(m.cycleMs()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                m.cycleMs() == null ? null : atCommand(rat, m.effectiveCode()),
                notes);
    }

    static String atCommand(Rat rat, int code) {
        return "AT+CEDRXS=1," + rat.actType() + ",\"" + EdrxTable.bits(code) + "\"";
    }

    private static EdrxReadings fromModule(String response) {
        try {
            List<EdrxAnswer> settings = new ArrayList<>();
            for (ModuleAnswers.Line line :
                    ModuleAnswers.lines(response, List.of("+CEDRXS:", "+CEDRXRDP:", "+CEDRXP:"))) {
                settings.add(fromLine(line));
            }
            return new EdrxReadings(settings);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("module_response", e.getMessage());
        }
    }

    private static EdrxAnswer fromLine(ModuleAnswers.Line line) {
        int act = ModuleAnswers.integer(line.field(0), "<AcT-type>");
        if (act == 0) {
            return new EdrxAnswer(
                    null,
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of("AcT-type 0: the access technology is not using eDRX (3GPP TS 27.007 §7.40)"));
        }
        Rat rat = Rat.byActType(act);
        List<String> notes = new ArrayList<>();
        EdrxAnswer requested = line.field(1).isEmpty() ? null : decode(rat, value(line.field(1), "requested"));
        EdrxAnswer network = line.field(2).isEmpty() ? null : decode(rat, value(line.field(2), "NW-provided"));
        Integer ptw = line.field(3).isEmpty() ? null : value(line.field(3), "Paging_time_window");
        if (requested != null) {
            notes.addAll(requested.notes());
        }
        if (network != null) {
            network.notes().forEach(n -> notes.add("network value: " + n));
        }
        return new EdrxAnswer(
                rat.label(),
                act,
                requested == null ? null : requested.edrxValue(),
                requested == null ? null : requested.interpretedAs(),
                requested == null ? null : requested.cycleSeconds(),
                null,
                null,
                network == null ? null : network.edrxValue(),
                network == null ? null : network.interpretedAs(),
                network == null ? null : network.cycleSeconds(),
                ptw == null ? null : EdrxTable.bits(ptw),
                ptw == null ? null : EdrxTable.pagingTimeWindowMs(rat, ptw) / 1000.0,
                requested == null ? null : requested.atCommand(),
                notes);
    }

    private static int value(String field, String parameter) {
        try {
            return EdrxTable.parse(field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has <" + parameter + "> '" + field + "', which " + e.getMessage());
        }
    }

    private static void rejectBeside(Validation v, Object value, String field) {
        if (value != null) {
            v.reject(field, "cannot be combined with module_response, which names its radio mode itself");
        }
    }

    private static Double seconds(Long ms) {
        return ms == null ? null : ms / 1000.0;
    }
}
