package org.simfleet.app.endpoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.kernel.Ipv4Address;
import org.simfleet.app.kernel.Ipv4Block;
import org.simfleet.app.tenant.AddressPools;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives endpoints their static address from the organisation's pool: the one a customer asks for when it lies in the
 * pool and is free, otherwise the lowest free one. The pool row is locked first ({@link AddressPools#lock}), so two
 * endpoints created at once never pick the same address; the unique (org_id, ip_address) constraint stands behind it.
 *
 * <p>Finding the lowest free address costs one index probe while endpoints are created in order: the pool keeps a
 * hint below which every address is held, and only when the hint itself is held (an address a customer chose, a
 * pool readdressed) does one query walk the run of held addresses from there to its first gap.
 */
@Component
class EndpointAddresses {

    /** An address an endpoint holds, as stored: text for people, number for ranges. */
    record Held(String text, long number) {
        static Held of(long number) {
            return new Held(Ipv4Address.text(number), number);
        }
    }

    private final JdbcClient jdbc;
    private final AddressPools pools;

    EndpointAddresses(JdbcClient jdbc, AddressPools pools) {
        this.jdbc = jdbc;
        this.pools = pools;
    }

    /**
     * The address an endpoint holds after a create or update, in the caller's transaction.
     *
     * @param endpointId the endpoint being changed, null while it is being created
     * @param current the address it holds now, null for a new endpoint or none
     * @param requested the address asked for, null to let the pool choose
     * @return the address to store, or null when the organisation has no pool
     */
    Held assign(long orgId, Long endpointId, String current, String requested) {
        if (requested != null && requested.equals(current)) {
            return Held.of(Ipv4Address.of(current).value());
        }
        Optional<AddressPools.Pool> locked = pools.lock(orgId);
        if (locked.isEmpty()) {
            if (requested != null) {
                throw ApiException.invalid(
                        "ip_address",
                        "your organisation has no address pool to take it from; the platform operator sets one");
            }
            return null;
        }
        AddressPools.Pool pool = locked.get();
        // The endpoint's own address counts as free from here on: the searches below skip the endpoint itself.
        long self = endpointId == null ? -1 : endpointId;
        if (current != null) {
            long released = Ipv4Address.of(current).value();
            pool = new AddressPools.Pool(orgId, pool.block(), Math.min(pool.nextFree(), released));
            pools.released(orgId, released);
        }
        if (requested != null) {
            return chosen(pool, Ipv4Address.of(requested).value(), self);
        }
        long address = lowestFree(pool, self);
        pools.moveNextFree(orgId, address + 1);
        return Held.of(address);
    }

    /** The endpoint's address is free again once it is deleted. */
    void release(long orgId, String address) {
        if (address != null) {
            pools.lock(orgId);
            pools.released(orgId, Ipv4Address.of(address).value());
        }
    }

    private Held chosen(AddressPools.Pool pool, long address, long self) {
        Ipv4Block block = pool.block();
        if (!block.contains(address)) {
            throw ApiException.invalid("ip_address", "must lie in your organisation's pool " + block);
        }
        jdbc.sql("SELECT id, name FROM endpoint WHERE org_id = ? AND ip_number = ? AND id <> ?")
                .params(pool.orgId(), address, self)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .optional()
                .ifPresent(holder -> {
                    throw conflict(
                            "ip_address",
                            "is held by endpoint " + holder.getKey() + " '" + holder.getValue() + "' already");
                });
        return Held.of(address);
    }

    /** The lowest free address at or above the hint (every address below it is held), {@code self} not counted. */
    private long lowestFree(AddressPools.Pool pool, long self) {
        Ipv4Block block = pool.block();
        long candidate = Math.max(pool.nextFree(), block.first());
        if (candidate <= block.last() && held(pool.orgId(), candidate, self)) {
            candidate = endOfRun(pool.orgId(), candidate, self);
        }
        if (candidate > block.last()) {
            long count = jdbc.sql("SELECT COUNT(*) FROM endpoint WHERE org_id = ? AND ip_number IS NOT NULL")
                    .param(pool.orgId())
                    .query(Long.class)
                    .single();
            throw conflict(
                    "ip_address",
                    "the address pool " + block + " is exhausted: all " + block.size() + " addresses are held (" + count
                            + " endpoints); the platform operator can give your organisation a larger pool");
        }
        return candidate;
    }

    private boolean held(long orgId, long address, long self) {
        return jdbc.sql("SELECT COUNT(*) FROM endpoint WHERE org_id = ? AND ip_number = ? AND id <> ?")
                        .params(orgId, address, self)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The first address after the run of held addresses that starts at the held address {@code from}. */
    private long endOfRun(long orgId, long from, long self) {
        return jdbc.sql(
                        """
                        SELECT e.ip_number + 1 FROM endpoint e
                        WHERE e.org_id = ? AND e.ip_number >= ? AND e.id <> ?
                          AND NOT EXISTS (SELECT 1 FROM endpoint n
                                          WHERE n.org_id = e.org_id AND n.ip_number = e.ip_number + 1 AND n.id <> ?)
                        ORDER BY e.ip_number LIMIT 1""")
                .params(orgId, from, self, self)
                .query(Long.class)
                .single();
    }

    /** A 409 that names the field at fault, like a 422 does. */
    static ApiException conflict(String field, String reason) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "Conflict",
                field + ": " + reason,
                List.of(new ApiException.FieldError(field, reason)),
                Map.of());
    }
}
