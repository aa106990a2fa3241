package org.simfleet.app.sim;

import java.util.List;

/**
 * Published inside every transaction that moved SIMs to a new state: a single or bulk state change, one run at its
 * scheduled time, a termination, an import (to INVENTORY) and a registration by BIC (to REGISTERED, now owned by the
 * registering customer). Only SIMs that did change are named. Features that keep their own view of SIMs listen with
 * {@code @TransactionalEventListener} (after commit): the AAA read model reloads these SIMs, and a disconnect feature
 * can end the sessions of SIMs whose new state no longer {@link SimState#passesTraffic() passes traffic}.
 *
 * @param simIds the SIMs that changed, all now in {@code state}; up to the size of one bulk change (100,000)
 * @param state the state they are in now
 */
public record SimStatesChanged(List<Long> simIds, SimState state) {

    public SimStatesChanged {
        simIds = List.copyOf(simIds);
    }
}
