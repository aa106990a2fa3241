package org.simfleet.app.connectivity;

/**
 * The connectivity states the portal shows, in the order a troubleshooter reads them: a BLOCKED device cannot
 * connect whatever the network says, an ONLINE one has a data session, an ATTACHED one is registered (reachable by
 * SMS) without a data session, an OFFLINE one is neither.
 */
public enum ConnectivityStatus {
    OFFLINE,
    ATTACHED,
    ONLINE,
    BLOCKED
}
