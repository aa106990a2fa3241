package org.simfleet.app.connectivity;

import java.util.List;
import org.simfleet.app.endpoint.EndpointsChanged;
import org.simfleet.app.sim.SimStatesChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open data sessions of devices that may no longer use the network: the AAA server refuses their next
 * Access-Request by itself, but a session already open would otherwise run until the device drops it. Runs after the
 * change committed, so a rolled-back suspension never disconnects anyone.
 */
@Component
class SessionsOfBlockedDevices {

    private final ConnectivityReset reset;

    SessionsOfBlockedDevices(ConnectivityReset reset) {
        this.reset = reset;
    }

    @TransactionalEventListener
    void simStatesChanged(SimStatesChanged changed) {
        if (!changed.state().passesTraffic()) {
            reset.disconnectSims(changed.simIds());
        }
    }

    @TransactionalEventListener
    void endpointsChanged(EndpointsChanged changed) {
        for (EndpointsChanged.Change change : changed.changes()) {
            if (change.wasEnabled() && !change.enabled() && change.previousSimId() != null) {
                reset.disconnectSims(List.of(change.previousSimId()));
            } else if (change.previousSimId() != null && !change.previousSimId().equals(change.simId())) {
                // the SIM left this endpoint: its sessions were authorized for a device it no longer belongs to
                reset.disconnectSims(List.of(change.previousSimId()));
            }
        }
    }
}
