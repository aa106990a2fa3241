package org.simfleet.app.endpoint;

/** A disabled endpoint keeps its SIM and settings but may not use the network, as in emnify's "leave disabled". */
public enum EndpointStatus {
    ENABLED,
    DISABLED
}
