package org.simfleet.app.endpoint;

import java.util.List;

/**
 * Published inside the transaction that created, changed or deleted endpoints, once per request. Features that keep
 * their own view of endpoints listen with {@code @TransactionalEventListener} (after commit): the AAA read model
 * reloads the SIMs named here, and a disconnect feature can end the sessions of an endpoint that {@link
 * Change#enabled() may no longer} use the network or whose SIM was taken away.
 *
 * <p>Not announced here: addresses given or taken by a change of the organisation's pool (see {@code
 * tenant.AddressPoolChanged}) and SIMs released because they were terminated (see {@code sim.SimStatesChanged}).
 */
public record EndpointsChanged(List<Change> changes) {

    public EndpointsChanged {
        changes = List.copyOf(changes);
    }

    public static EndpointsChanged of(Change change) {
        return new EndpointsChanged(List.of(change));
    }

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED
    }

    /**
     * One endpoint's change.
     *
     * @param simId the SIM the endpoint holds after the change; null when none or deleted
     * @param previousSimId the SIM it held before; null when none or created; equal to {@code simId} when unchanged
     * @param enabled whether the endpoint may use the network after the change; false once deleted
     * @param wasEnabled whether it could before; false when created
     */
    public record Change(
            Kind kind,
            long endpointId,
            long orgId,
            Long simId,
            Long previousSimId,
            boolean enabled,
            boolean wasEnabled) {

        /** The SIMs whose endpoint this change touched: the one held now and the one held before. */
        public List<Long> simIds() {
            if (simId == null) {
                return previousSimId == null ? List.of() : List.of(previousSimId);
            }
            return previousSimId == null || previousSimId.equals(simId)
                    ? List.of(simId)
                    : List.of(simId, previousSimId);
        }
    }
}
