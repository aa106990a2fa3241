package org.simfleet.app.network;

import org.simfleet.app.policy.RatType;

/**
 * The event log's descriptions of network events, worded as the seeds' event log shows them: "Update location:
 * operator 262-01 (Germany), LTE".
 */
final class NetworkEventText {

    private NetworkEventText() {}

    static String locationUpdate(NetworkEvent e, LocationDecision decision) {
        String where = network(e) + ", " + rat(e.ratType()) + node(e);
        return decision.allowed()
                ? e.type().label + ": " + where
                : e.type().label + " rejected: " + where + ": " + decision.reason();
    }

    /** Purge and Cancel Location; {@code kept} names the node the SIM stays registered at, when the event is moot. */
    static String detach(NetworkEvent e, String kept) {
        String text = e.type().label + (e.node() == null ? "" : " from node " + e.node());
        return kept == null ? text : text + "; the SIM stays registered at node " + kept;
    }

    static String authenticationFailure(NetworkEvent e) {
        return e.type().label + (e.hasNetwork() ? ": " + network(e) : "") + node(e);
    }

    private static String network(NetworkEvent e) {
        return "operator " + e.plmn()
                + MobileCountries.name(e.mcc()).map(c -> " (" + c + ")").orElse("");
    }

    private static String node(NetworkEvent e) {
        return e.node() == null ? "" : ", node " + e.node();
    }

    /** Radio types by their 3GPP names (GSM, UMTS, LTE, NR), the IoT variants as the industry writes them. */
    static String rat(RatType rat) {
        return rat == RatType.LTE_M || rat == RatType.NB_IOT ? rat.label() : rat.name();
    }
}
