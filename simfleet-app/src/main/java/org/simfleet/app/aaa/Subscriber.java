package org.simfleet.app.aaa;

import org.simfleet.app.sim.SimState;

/**
 * What authorization needs to know about one SIM, flattened into primitives: about 80 bytes each, some 80 MB for a
 * million SIMs on top of the index. Policies are referenced by id and looked up per request, so a policy change
 * applies to every SIM on it without touching the SIMs.
 *
 * @param orgId the owner, 0 while the SIM is in the operator's inventory
 * @param endpointId 0 when no endpoint holds the SIM (then the fields after it mean nothing)
 * @param lockedDevice the 14 device digits (TAC and serial, 3GPP TS 23.003 §6.2) of the endpoint's IMEI when its
 *     IMEI lock is on, else -1
 * @param ip the endpoint's static IPv4 address as a number, -1 when its organisation has no pool
 */
record Subscriber(
        long simId,
        long orgId,
        SimState state,
        long endpointId,
        boolean enabled,
        long lockedDevice,
        long ip,
        long servicePolicyId,
        long coveragePolicyId) {

    static final long NONE = -1;

    /** Locked, but to no readable IMEI (validation prevents it): no device matches, rather than no lock. */
    static final long NO_DEVICE = Long.MAX_VALUE;

    boolean hasEndpoint() {
        return endpointId != 0;
    }

    static long lockedTo(String imei) {
        long digits = deviceDigits(imei);
        return digits == NONE ? NO_DEVICE : digits;
    }

    /**
     * The 14 device digits at the start of an IMEI or IMEISV as a number, or -1 when there are not 14 digits: IMEI
     * (15 digits) and IMEISV (16) of one device share them (3GPP TS 23.003 §6.2).
     */
    static long deviceDigits(String imei) {
        if (imei == null || imei.length() < 14) {
            return NONE;
        }
        long digits = 0;
        for (int i = 0; i < 14; i++) {
            char c = imei.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            digits = digits * 10 + (c - '0');
        }
        return digits;
    }
}
