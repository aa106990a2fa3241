package org.simfleet.app.portal;

import java.util.Locale;
import org.simfleet.app.event.LoggedEvent;

/**
 * Plain-language hints for the problems the seeds' troubleshooting section lists (emnify, "Troubleshooting":
 * no location update, attached but no data, PDP context rejected and why). The hint reads the event's
 * own description, which the AAA server and the HLR interface write with the reason.
 */
final class EventHints {

    /** An event with the hint to show under it, or null when it needs none. */
    public record Hinted(LoggedEvent event, String hint) {}

    private EventHints() {}

    static Hinted of(LoggedEvent e) {
        return new Hinted(e, hint(e.type(), e.description() == null ? "" : e.description()));
    }

    static String hint(String type, String description) {
        String d = description.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "PDP_CONTEXT_REJECTED" -> pdpRejected(d);
            case "UPDATE_LOCATION_REJECTED" -> "The network refused the SIM's registration; the reason says why. "
                    + "Check the SIM's state, that the endpoint is enabled, and its coverage policy.";
            case "AUTHENTICATION_FAILURE" -> "The SIM failed authentication with the network: check that the SIM"
                    + " is genuine and not cloned, and that its IMSI is the one in the inventory.";
            case "PURGE_LOCATION", "CANCEL_LOCATION" -> "The network forgot the device: it was switched off or"
                    + " out of coverage for long, or moved to another network. It shows OFFLINE until its next"
                    + " location update.";
            case "DELETE_PDP_CONTEXT" -> "The data session ended; the device stays ATTACHED and reachable by SMS.";
            case "DISCONNECT_FAILED" -> "The packet gateway did not confirm the disconnect; the session may"
                    + " still be open there. Check the gateway's CoA port and shared secret.";
            default -> null;
        };
    }

    private static String pdpRejected(String d) {
        if (d.contains("apn")) {
            return "The device asked for an APN its service policy does not allow: set the device's APN to one of"
                    + " the policy's (the APN assistant on the SMS tab sends the right commands).";
        }
        if (d.contains("radio") || d.contains("rat")) {
            return "The device used a radio type the service policy does not allow (2G/3G/4G/5G/LTE-M/NB-IoT):"
                    + " allow it in the policy or lock the device to an allowed one.";
        }
        if (d.contains("country") || d.contains("operator")) {
            return "The visited network is outside the coverage policy: allow the country or operator, or"
                    + " select another network on the device (AT+COPS).";
        }
        if (d.contains("imei")) {
            return "The IMEI lock refused a different device: move the SIM back, or update the endpoint's IMEI.";
        }
        if (d.contains("disabled")) {
            return "The endpoint is disabled: enable it on the Edit page.";
        }
        if (d.contains("passes no traffic") || d.contains("sim is")) {
            return "The SIM's lifecycle state passes no traffic: move it to ACTIVE or TEST.";
        }
        if (d.contains("data not allowed")) {
            return "Data is not allowed by the service policy: allow the data service.";
        }
        return "The data session was refused; the reason above says which setting to change.";
    }
}
