package org.simfleet.app.session;

/**
 * Whose a session is: the SIM with the session's IMSI, its organisation, and the endpoint the SIM is in. All null
 * for an IMSI that matches no SIM; the session is stored and acknowledged all the same.
 */
record Subscriber(Long orgId, Long simId, Long endpointId) {
    static final Subscriber UNKNOWN = new Subscriber(null, null, null);
}
