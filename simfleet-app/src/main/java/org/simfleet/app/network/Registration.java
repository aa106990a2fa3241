package org.simfleet.app.network;

import java.time.Instant;

/**
 * Where the HLR/HSS last saw a SIM: one row of {@code network_registration}, and how each network event moves it.
 * Events apply in the order they occurred: one older than the row's {@code updatedAt} (delivered late, e.g. in a
 * retried batch) leaves the row as it is.
 *
 * @param attached registered and reachable: ATTACHED, or ONLINE with a data session
 * @param domain CS after an Update Location, PS after an Update GPRS Location
 * @param ratType a {@link org.simfleet.app.policy.RatType} name, e.g. "LTE" or "NB_IOT"
 * @param blockedReason why the last location update was refused; null unless blocked
 * @param since when the current state began: the registration at this network, the block, or the detach
 * @param updatedAt when the event that last changed the row occurred
 */
record Registration(
        long simId,
        long orgId,
        boolean attached,
        String domain,
        String mcc,
        String mnc,
        String ratType,
        String node,
        Integer lac,
        Integer tac,
        Long cellId,
        String blockedReason,
        Instant since,
        Instant updatedAt) {

    /** After an Update Location or Update GPRS Location that was decided {@code decision}. */
    static Registration afterLocationUpdate(
            Registration current, long simId, long orgId, NetworkEvent e, LocationDecision decision) {
        if (isStale(current, e)) {
            return current;
        }
        boolean sameNetwork =
                current != null && e.mcc().equals(current.mcc) && e.mnc().equals(current.mnc);
        // A re-registration at the same operator (a new VLR area, periodic update, CS then PS) continues the same
        // registration; so does a refusal repeated for the same reason.
        boolean continues = decision.allowed()
                ? sameNetwork && current.attached
                : sameNetwork && !current.attached && decision.reason().equals(current.blockedReason);
        return new Registration(
                simId,
                orgId,
                decision.allowed(),
                e.type().domain,
                e.mcc(),
                e.mnc(),
                e.ratType().name(),
                e.node(),
                e.lac(),
                e.tac(),
                e.cellId(),
                decision.allowed() ? null : decision.reason(),
                continues ? current.since : e.occurredAt(),
                e.occurredAt());
    }

    /**
     * After a Purge or Cancel Location: detached, keeping where the SIM was last seen. One that names a serving node
     * other than the one the SIM is registered at now is about a registration already replaced: Cancel Location goes
     * to the old VLR/SGSN when the SIM registers at a new one (TS 29.002 §8.1), and an old node may purge late.
     */
    static Registration afterDetach(Registration current, long simId, long orgId, NetworkEvent e) {
        if (isStale(current, e) || namesAnotherNode(current, e)) {
            return current;
        }
        if (current == null) {
            return new Registration(
                    simId,
                    orgId,
                    false,
                    null,
                    e.mcc(),
                    e.mnc(),
                    e.ratType() == null ? null : e.ratType().name(),
                    e.node(),
                    e.lac(),
                    e.tac(),
                    e.cellId(),
                    null,
                    e.occurredAt(),
                    e.occurredAt());
        }
        boolean continues = !current.attached && current.blockedReason == null;
        return new Registration(
                simId,
                orgId,
                false,
                current.domain,
                current.mcc,
                current.mnc,
                current.ratType,
                current.node,
                current.lac,
                current.tac,
                current.cellId,
                null,
                continues ? current.since : e.occurredAt(),
                e.occurredAt());
    }

    /** Whether a detach is about a serving node the SIM has left, so the current registration stands. */
    static boolean namesAnotherNode(Registration current, NetworkEvent e) {
        return current != null
                && current.attached
                && e.node() != null
                && current.node != null
                && !e.node().equals(current.node);
    }

    private static boolean isStale(Registration current, NetworkEvent e) {
        return current != null && e.occurredAt().isBefore(current.updatedAt);
    }
}
