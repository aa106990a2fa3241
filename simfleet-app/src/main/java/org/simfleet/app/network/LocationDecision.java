package org.simfleet.app.network;

import org.simfleet.app.policy.CoveragePolicy;

/**
 * Whether a SIM may register where a location update says it is: the answer the HLR/HSS gives the visited VLR, SGSN
 * or MME (accept, or refuse with a reason such as "roaming not allowed"). Checked in the order a user fixes them: the
 * SIM, its endpoint, then the coverage policy.
 *
 * @param reason why it was refused, written so that it says what to change; null when allowed
 */
record LocationDecision(boolean allowed, String reason) {

    private static final LocationDecision ALLOWED = new LocationDecision(true, null);

    static LocationDecision decide(Subscriber sim, CoveragePolicy coverage, NetworkEvent event) {
        if (!sim.state().passesTraffic()) {
            return refused("SIM is " + sim.state());
        }
        if (sim.endpointId() == null) {
            return refused("SIM is in no endpoint; assign it to one");
        }
        if (!sim.endpointEnabled()) {
            return refused("endpoint is disabled");
        }
        if (coverage == null) {
            // an endpoint always names one; refusing is safer than letting a device roam anywhere on a race
            return refused("endpoint's coverage policy could not be read; try again");
        }
        if (coverage.allowsNetwork(event.mcc(), event.mnc())) {
            return ALLOWED;
        }
        if (coverage.blockedOperators().contains(event.plmn())) {
            return refused("operator " + event.plmn() + " blacklisted by coverage policy " + coverage.name());
        }
        return refused("country " + event.mcc() + " not covered by coverage policy " + coverage.name());
    }

    private static LocationDecision refused(String reason) {
        return new LocationDecision(false, reason);
    }
}
