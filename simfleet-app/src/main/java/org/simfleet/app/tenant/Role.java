package org.simfleet.app.tenant;

/**
 * What a user or token may do inside its organisation: ADMIN manages users, tokens, policies and
 * terminations; USER changes SIM states and endpoints; READ_ONLY reads (Jasper's ACCOUNTUSER /
 * ACCOUNTREADONLY split). NETWORK is for the platform operator's network elements (HLR/HSS): an
 * application token only, which reads like READ_ONLY and may write nothing but network events.
 */
public enum Role {
    ADMIN,
    USER,
    READ_ONLY,
    NETWORK;

    /** Whether the role may change things through the API in general; READ_ONLY and NETWORK may not. */
    public boolean canWrite() {
        return this == ADMIN || this == USER;
    }

    /** Whether the role may report network events (Update Location, Purge, ...). */
    public boolean canReportNetworkEvents() {
        return this == ADMIN || this == USER || this == NETWORK;
    }
}
