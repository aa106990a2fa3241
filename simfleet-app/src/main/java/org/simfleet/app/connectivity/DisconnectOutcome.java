package org.simfleet.app.connectivity;

import java.util.Map;
import java.util.UUID;

/**
 * How a gateway answered one Disconnect-Request.
 *
 * @param result ACKNOWLEDGED (Disconnect-ACK), REJECTED (Disconnect-NAK), TIMEOUT (no answer after every retry),
 *     UNKNOWN_GATEWAY (the session's gateway is no longer configured), or PENDING (still retrying when the API
 *     answered; the event log gets the final answer)
 * @param errorCause the NAK's Error-Cause (RFC 5176 §3.5), e.g. 503 Session Context Not Found
 */
record DisconnectOutcome(UUID sessionId, String gateway, String result, Long errorCause, String errorCauseName) {

    /** The Error-Cause values of RFC 5176 §3.5 a gateway is likely to send back for a Disconnect. */
    private static final Map<Long, String> CAUSES = Map.of(
            401L, "Unsupported Attribute",
            402L, "Missing Attribute",
            403L, "NAS Identification Mismatch",
            404L, "Invalid Request",
            405L, "Unsupported Service",
            501L, "Administratively Prohibited",
            503L, "Session Context Not Found",
            504L, "Session Context Not Removable",
            506L, "Resources Unavailable");

    static DisconnectOutcome of(DisconnectTarget target, String result, Long errorCause) {
        String name = errorCause == null ? null : CAUSES.getOrDefault(errorCause, "Error-Cause " + errorCause);
        return new DisconnectOutcome(target.sessionId(), target.gatewayAddress(), result, errorCause, name);
    }

    boolean acknowledged() {
        return "ACKNOWLEDGED".equals(result);
    }
}
