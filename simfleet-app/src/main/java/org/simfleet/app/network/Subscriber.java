package org.simfleet.app.network;

import org.simfleet.app.sim.SimState;

/**
 * A SIM as a network event needs it: its state, its owner, and the endpoint it sits in with that endpoint's coverage
 * policy.
 *
 * @param orgId the owning organisation; null for the operator's stock (INVENTORY)
 * @param endpointId null when the SIM is in no endpoint
 */
record Subscriber(
        long simId,
        String imsi,
        Long orgId,
        SimState state,
        Long endpointId,
        boolean endpointEnabled,
        Long coveragePolicyId) {}
