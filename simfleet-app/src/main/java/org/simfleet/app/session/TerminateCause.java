package org.simfleet.app.session;

import java.util.Locale;

/** The Acct-Terminate-Cause values of RFC 2866 §5.10, stored by name and shown in words. */
enum TerminateCause {
    USER_REQUEST,
    LOST_CARRIER,
    LOST_SERVICE,
    IDLE_TIMEOUT,
    SESSION_TIMEOUT,
    ADMIN_RESET,
    ADMIN_REBOOT,
    PORT_ERROR,
    NAS_ERROR,
    NAS_REQUEST,
    NAS_REBOOT,
    PORT_UNNEEDED,
    PORT_PREEMPTED,
    PORT_SUSPENDED,
    SERVICE_UNAVAILABLE,
    CALLBACK,
    USER_ERROR,
    HOST_REQUEST;

    /** The stored name of a code: the RFC's name, or {@code CAUSE_<n>} for a code it does not define. */
    static String name(Long code) {
        if (code == null) {
            return null;
        }
        return code >= 1 && code <= values().length ? values()[(int) (code - 1)].name() : "CAUSE_" + code;
    }

    /** "User Request" for {@code USER_REQUEST}: how the event log says it. */
    static String words(String name) {
        if (name == null) {
            return "no cause given";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String part : name.split("_")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString().replace("Nas ", "NAS ");
    }
}
