package org.simfleet.app.aaa;

import org.simfleet.app.kernel.Ipv4Address;

/**
 * One authorization decision on its way to the event log. The RADIUS thread fills in what it has at hand (strings it
 * parsed anyway, numbers); the writer thread turns it into text, so formatting costs the decision path nothing.
 *
 * @param orgId whose event log it goes to; 0 for the operator's (unknown IMSIs, SIMs in the inventory)
 * @param simId 0 when unknown
 * @param endpointId 0 when none
 * @param reason null for an Access-Accept
 * @param message a reject's reason as the Reply-Message gave it; null for an accept
 * @param apn the Called-Station-Id, as sent
 * @param ratCode the 3GPP-RAT-Type code, -1 when absent
 * @param network the 3GPP-SGSN-MCC-MNC digits, as sent
 * @param ip the Framed-IP-Address handed out, -1 for none
 */
record DecisionEvent(
        long occurredAtMillis,
        long orgId,
        long simId,
        long endpointId,
        RejectReason reason,
        String message,
        String apn,
        int ratCode,
        String network,
        long ip) {

    boolean accepted() {
        return reason == null;
    }

    /** "Create PDP Context accepted: APN em, LTE, operator 262-01, IP 100.64.0.7", or "PDP context rejected: …". */
    String description() {
        if (!accepted()) {
            return "PDP context rejected: " + message;
        }
        StringBuilder text = new StringBuilder("Create PDP Context accepted:");
        String separator = " ";
        if (apn != null) {
            text.append(separator).append("APN ").append(apn.strip());
            separator = ", ";
        }
        if (ratCode >= 0) {
            text.append(separator).append(RadioTypes.label(ratCode));
            separator = ", ";
        }
        if (network != null) {
            text.append(separator).append("operator ").append(CoverageRules.network(network));
            separator = ", ";
        }
        if (ip != Subscriber.NONE) {
            text.append(separator).append("IP ").append(Ipv4Address.text(ip));
        }
        return text.toString();
    }
}
