package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.kernel.Ipv4Block;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's IPv4 address pool (table {@code ip_pool}, one row per organisation). The endpoint feature
 * allocates its static addresses from it: {@link #lock} serialises allocations within one organisation across every
 * node sharing the database, and {@link #moveNextFree} / {@link #released} keep the lowest-free hint exact.
 */
@Component
public class AddressPools {

    /** A pool's numeric state; every address of {@code block} below {@code nextFree} is held by an endpoint. */
    public record Pool(long orgId, Ipv4Block block, long nextFree) {}

    static final int MIN_PREFIX = 8;
    static final int MAX_PREFIX = 30;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AddressPools(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Parses and checks a pool as an operator writes it: CIDR, a prefix of /8 to /30 (a /31 or /32 holds no more than
     * two devices; wider than /8 is no organisation's share), and no block that cannot address a device.
     */
    static Ipv4Block parse(String raw) {
        Ipv4Block block = Ipv4Block.of(raw);
        if (block.prefix() < MIN_PREFIX || block.prefix() > MAX_PREFIX) {
            throw new IllegalArgumentException(
                    "must have a prefix length of /" + MIN_PREFIX + " to /" + MAX_PREFIX + ", not /" + block.prefix());
        }
        for (String reserved : new String[] {"0.0.0.0/8", "127.0.0.0/8", "224.0.0.0/3"}) {
            if (block.overlaps(Ipv4Block.of(reserved))) {
                // RFC 6890 §2.2.2: "this network", loopback, multicast and the reserved 240/4 are no device's address
                throw new IllegalArgumentException(
                        "must not overlap " + reserved + ", which holds no device addresses" + " (RFC 6890)");
            }
        }
        return block;
    }

    /**
     * Locks the organisation's pool row until the caller's transaction ends and answers the pool, or empty when the
     * organisation has none. Every allocation and release of an address of the organisation goes through here first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Pool> lock(long orgId) {
        return jdbc.sql("SELECT cidr, next_free FROM ip_pool WHERE org_id = ? FOR UPDATE")
                .param(orgId)
                .query((rs, n) -> rs.getString("cidr") == null
                        ? null
                        : new Pool(orgId, Ipv4Block.of(rs.getString("cidr")), rs.getLong("next_free")))
                .optional();
    }

    /** Records that every address below {@code nextFree} is held now; needs {@link #lock} in this transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveNextFree(long orgId, long nextFree) {
        jdbc.sql("UPDATE ip_pool SET next_free = ? WHERE org_id = ?")
                .params(nextFree, orgId)
                .update();
    }

    /** An endpoint let go of {@code address}: allocation looks there again first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void released(long orgId, long address) {
        jdbc.sql("UPDATE ip_pool SET next_free = LEAST(next_free, ?) WHERE org_id = ?")
                .params(address, orgId)
                .update();
    }

    Optional<Ipv4Block> of(long orgId) {
        return jdbc.sql("SELECT cidr FROM ip_pool WHERE org_id = ? AND cidr IS NOT NULL")
                .param(orgId)
                .query(String.class)
                .optional()
                .map(Ipv4Block::of);
    }

    /** The empty pool row every organisation has from its creation on. */
    void create(long orgId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO ip_pool (org_id, updated_at) VALUES (?, ?)")
                .params(orgId, now)
                .update();
    }

    /**
     * Sets, changes ({@code current} not null) or removes ({@code current} null) the organisation's pool and lets
     * the endpoint feature readdress its endpoints, all in the caller's transaction. A pool overlapping another
     * organisation's answers 409 naming {@code ip_pool}, as does a listener's refusal; both stay on record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void change(Caller caller, long orgId, Ipv4Block previous, Ipv4Block current) {
        lockAllPools();
        if (countRows(orgId) == 0) {
            // an organisation written by something other than OrganisationService (an import, a test) has no row yet
            create(orgId, now());
        }
        lock(orgId);
        try {
            if (current != null) {
                refuseOverlap(orgId, current);
            }
            jdbc.sql(
                            """
                            UPDATE ip_pool SET cidr = ?, first_address = ?, last_address = ?, next_free = ?, updated_at = ?
                            WHERE org_id = ?""")
                    .params(
                            current == null ? null : current.toString(),
                            current == null ? null : current.first(),
                            current == null ? null : current.last(),
                            current == null ? null : current.first(),
                            now(),
                            orgId)
                    .update();
            audit.record(
                    caller,
                    AuditLog.Change.ok(orgId, "ORGANISATION_IP_POOL", "organisation", orgId, previous, current));
            publisher.publishEvent(new AddressPoolChanged(caller, orgId, previous, current));
        } catch (ApiException refused) {
            audit.recordRefusal(
                    caller,
                    AuditLog.Change.refused(
                            orgId,
                            "ORGANISATION_IP_POOL",
                            "organisation",
                            orgId,
                            previous,
                            "refused: " + current + ": " + refused.getMessage()));
            throw refused;
        }
    }

    /**
     * Pool changes of all organisations take turns (on the operator's row), so two overlapping pools set at the same
     * moment cannot both pass the overlap check. Endpoint allocations lock only their own organisation's row.
     */
    private void lockAllPools() {
        jdbc.sql(
                        """
                        SELECT p.org_id FROM ip_pool p JOIN organisation o ON o.id = p.org_id
                        WHERE o.kind = 'OPERATOR' FOR UPDATE""")
                .query(Long.class)
                .list();
    }

    private long countRows(long orgId) {
        return jdbc.sql("SELECT COUNT(*) FROM ip_pool WHERE org_id = ?")
                .param(orgId)
                .query(Long.class)
                .single();
    }

    private void refuseOverlap(long orgId, Ipv4Block block) {
        jdbc
                .sql(
                        """
                        SELECT o.name, p.cidr FROM ip_pool p JOIN organisation o ON o.id = p.org_id
                        WHERE p.org_id <> ? AND p.first_address <= ? AND p.last_address >= ?
                        ORDER BY p.first_address""")
                .params(orgId, block.last(), block.first())
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("cidr")))
                .list()
                .stream()
                .findFirst()
                .ifPresent(taken -> {
                    throw conflict(
                            "ip_pool",
                            "overlaps " + taken.getValue() + ", the pool of organisation '" + taken.getKey()
                                    + "'; every organisation needs addresses of its own");
                });
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
