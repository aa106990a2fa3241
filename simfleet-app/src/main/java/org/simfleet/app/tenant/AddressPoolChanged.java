package org.simfleet.app.tenant;

import org.simfleet.app.kernel.Ipv4Block;

/**
 * Published inside the transaction that set, changed or removed an organisation's address pool, after the pool row
 * is written. Listeners run synchronously on the publishing thread: the endpoint feature gives the organisation's
 * endpoints addresses from the new pool (or refuses the change with an {@code ApiException}, which rolls it back);
 * listeners that only need the committed result (the AAA read model) use {@code @TransactionalEventListener}.
 *
 * @param caller who changed the pool, for the listeners' audit entries
 * @param previous the pool before, or null when there was none
 * @param current the pool now, or null when it was removed
 */
public record AddressPoolChanged(Caller caller, long orgId, Ipv4Block previous, Ipv4Block current) {}
