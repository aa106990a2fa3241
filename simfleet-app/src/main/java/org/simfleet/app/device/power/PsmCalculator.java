package org.simfleet.app.device.power;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;

/**
 * PSM (3GPP TS 23.682 §4.5.4, TS 24.301 §5.3.11): the module asks for a periodic TAU timer, T3412 extended, and an
 * Active Time, T3324, with {@code AT+CPSMS=1,,,"<T3412 ext>","<T3324>"} (TS 27.007 §7.38; the timers are string
 * parameters, so quoted). It stays reachable for T3324 after each wake-up and sleeps for the rest of T3412 extended.
 *
 * <p>The seed's example {@code AT+CPSMS=1,,,01001110,00000101} asks for the right 140 h and 10 s, but its text gives
 * the T3324 value 10 s as "01001110", which is the T3412 extended octet; 10 s is 00000101 (5 × 2 s). The seed also
 * says {@code AT+CPSMS?} reads the effective values: it reads the requested ones, and the network's are reported in
 * {@code +CEREG} (TS 27.007 §10.1.22).
 */
public final class PsmCalculator {

    static final String T3412_EXT = "T3412 extended";
    static final String T3324 = "T3324";
    private static final String NETWORK_DECIDES = "The network may assign other values than the module asks for;"
            + " AT+CPSMS? answers the requested ones, +CEREG (n=4) the assigned ones (3GPP TS 27.007 §10.1.22).";

    private PsmCalculator() {}

    public static PsmAnswer answer(PsmRequest r) {
        Validation v = new Validation();
        if (r.moduleResponse() != null) {
            rejectBeside(v, r.periodicTauSeconds(), "periodic_tau_seconds");
            rejectBeside(v, r.activeTimeSeconds(), "active_time_seconds");
            rejectBeside(v, r.t3412Ext(), "t3412_ext");
            rejectBeside(v, r.t3324(), "t3324");
            v.throwIfInvalid();
            return fromModule(r.moduleResponse());
        }
        TimerReading tau = timer(
                v,
                T3412_EXT,
                TimerCoding.GPRS_TIMER_3,
                r.periodicTauSeconds(),
                "periodic_tau_seconds",
                r.t3412Ext(),
                "t3412_ext");
        TimerReading active = timer(
                v, T3324, TimerCoding.GPRS_TIMER_2, r.activeTimeSeconds(), "active_time_seconds", r.t3324(), "t3324");
        if (tau == null && active == null && !v.hasErrors()) {
            v.reject(
                    "body",
                    "give periodic_tau_seconds and/or active_time_seconds to encode, t3412_ext and/or t3324 to"
                            + " decode, or a module_response to read");
        }
        v.throwIfInvalid();
        return answer(null, tau, active, null, null, new ArrayList<>());
    }

    private static TimerReading timer(
            Validation v,
            String timer,
            TimerCoding coding,
            BigDecimal seconds,
            String secondsField,
            String bits,
            String bitsField) {
        if (seconds != null && bits != null) {
            v.reject(bitsField, "give either " + secondsField + " (to encode) or " + bitsField + " (to decode)");
            return null;
        }
        try {
            if (seconds != null) {
                return GprsTimers.encode(timer, coding, wholeSeconds(seconds));
            }
            return bits == null ? null : GprsTimers.decode(timer, coding, bits);
        } catch (IllegalArgumentException e) {
            v.reject(seconds != null ? secondsField : bitsField, e.getMessage());
            return null;
        }
    }

    private static PsmAnswer fromModule(String response) {
        ModuleAnswers.Line line;
        int mode;
        try {
            List<ModuleAnswers.Line> lines = ModuleAnswers.lines(response, List.of("+CPSMS:"));
            if (lines.size() > 1) {
                throw new IllegalArgumentException("has " + lines.size() + " +CPSMS: lines; give one");
            }
            line = lines.get(0);
            mode = ModuleAnswers.integer(line.field(0), "<mode>");
            if (mode > 2) {
                throw new IllegalArgumentException(
                        "has <mode> " + mode + "; 3GPP TS 27.007 §7.38 defines 0 (off), 1 (on) and 2 (off, reset)");
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("module_response", e.getMessage());
        }
        Validation v = new Validation();
        TimerReading rau = moduleTimer(v, "T3312 extended", TimerCoding.GPRS_TIMER_3, line.field(1), "Periodic-RAU");
        TimerReading ready = moduleTimer(v, "T3314", TimerCoding.GPRS_TIMER, line.field(2), "GPRS-READY-timer");
        TimerReading tau = moduleTimer(v, T3412_EXT, TimerCoding.GPRS_TIMER_3, line.field(3), "Periodic-TAU");
        TimerReading active = moduleTimer(v, T3324, TimerCoding.GPRS_TIMER_2, line.field(4), "Active-Time");
        v.throwIfInvalid();
        List<String> notes = new ArrayList<>();
        if (mode != 1) {
            notes.add("PSM is off (<mode> " + mode + "); the timers shown are what the module would request.");
        }
        return answer(mode == 1, tau, active, rau, ready, notes);
    }

    private static TimerReading moduleTimer(
            Validation v, String timer, TimerCoding coding, String field, String parameter) {
        if (field.isEmpty()) {
            return null;
        }
        try {
            return GprsTimers.decode(timer, coding, field);
        } catch (IllegalArgumentException e) {
            v.reject("module_response", "<Requested_" + parameter + "> '" + field + "' " + e.getMessage());
            return null;
        }
    }

    private static PsmAnswer answer(
            Boolean enabled,
            TimerReading tau,
            TimerReading active,
            TimerReading rau,
            TimerReading ready,
            List<String> notes) {
        Long sleep = null;
        if (tau != null && tau.deactivated()) {
            notes.add("T3412 extended is deactivated: the module makes no periodic tracking area update.");
        }
        if (tau != null && active != null && !tau.deactivated()) {
            if (active.deactivated()) {
                notes.add("T3324 is deactivated: the Active Time never ends, so the module does not enter PSM.");
            } else if (active.seconds() >= tau.seconds()) {
                notes.add("T3324 is not shorter than T3412 extended: the module is due to report before it could"
                        + " sleep, so it never enters PSM.");
            } else {
                sleep = tau.seconds() - active.seconds();
            }
        }
        notes.add(NETWORK_DECIDES);
        return new PsmAnswer(
                tau == null ? null : tau.bits(),
                active == null ? null : active.bits(),
                enabled,
                tau,
                active,
                rau,
                ready,
                sleep,
                atCommand(tau, active),
                notes);
    }

    /** {@code AT+CPSMS=1,,,"<T3412 ext>","<T3324>"}; a timer not given is left empty or, at the end, out. */
    static String atCommand(TimerReading tau, TimerReading active) {
        StringBuilder at = new StringBuilder("AT+CPSMS=1,,,");
        at.append(tau == null ? "" : "\"" + tau.bits() + "\"");
        if (active != null) {
            at.append(",\"").append(active.bits()).append('"');
        } else if (tau == null) {
            at.setLength(at.length() - 3);
        }
        return at.toString();
    }

    /** The timers count whole seconds (their smallest unit is 2 s); a fraction is refused, not cut off. */
    private static long wholeSeconds(BigDecimal seconds) {
        if (seconds.signum() < 0) {
            throw new IllegalArgumentException("must be 0 or more seconds");
        }
        try {
            return seconds.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must be a whole number of seconds");
        }
    }

    private static void rejectBeside(Validation v, Object value, String field) {
        if (value != null) {
            v.reject(field, "cannot be combined with module_response, which carries the timers itself");
        }
    }
}
