package org.simfleet.app.endpoint;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.kernel.Ipv4Address;
import org.simfleet.app.kernel.Ipv4Block;
import org.simfleet.app.tenant.AddressPoolChanged;
import org.simfleet.app.tenant.AddressPools;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readdresses an organisation's endpoints when the operator changes its pool, in the changing transaction: endpoints
 * without an address get the lowest free ones in id order (so the n-th endpoint of a fresh pool gets its n-th
 * address), a pool that no longer contains an address some endpoint holds is refused, and removing the pool releases
 * every address. Each address given or taken is on record in the organisation's audit log.
 */
@Component
class PoolReaddressing {

    /** Endpoints per round trip: a million-endpoint organisation is readdressed in a hundred batches. */
    private static final int CHUNK = 10_000;

    private record Row(long id, String ip) {}

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final AddressPools pools;
    private final Clock clock;

    PoolReaddressing(JdbcTemplate jdbc, AuditLog audit, AddressPools pools, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.pools = pools;
        this.clock = clock;
    }

    @EventListener
    void readdress(AddressPoolChanged changed) {
        if (changed.current() == null) {
            releaseAll(changed);
            return;
        }
        refuseStranded(changed);
        addressTheRest(changed);
    }

    private void releaseAll(AddressPoolChanged changed) {
        OffsetDateTime now = now();
        long[] ids = longs("SELECT id FROM endpoint WHERE org_id = ? AND ip_number IS NOT NULL ORDER BY id", changed);
        long[] held =
                longs("SELECT ip_number FROM endpoint WHERE org_id = ? AND ip_number IS NOT NULL ORDER BY id", changed);
        for (int from = 0; from < ids.length; from += CHUNK) {
            List<Row> rows = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(ids.length, from + CHUNK); i++) {
                rows.add(new Row(ids[i], Ipv4Address.text(held[i])));
            }
            jdbc.batchUpdate(
                    "UPDATE endpoint SET ip_address = NULL, ip_number = NULL, updated_at = ? WHERE id = ?",
                    rows,
                    CHUNK,
                    (ps, r) -> {
                        ps.setObject(1, now);
                        ps.setLong(2, r.id());
                    });
            audit.recordAll(
                    changed.caller(),
                    rows.stream()
                            .map(r -> AuditLog.Change.ok(
                                    changed.orgId(), "ENDPOINT_IP_RELEASE", "endpoint", r.id(), r.ip(), null))
                            .toList());
        }
    }

    private void refuseStranded(AddressPoolChanged changed) {
        Ipv4Block pool = changed.current();
        Object[] outside = {changed.orgId(), pool.first(), pool.last()};
        String where = " FROM endpoint WHERE org_id = ? AND ip_number IS NOT NULL AND (ip_number < ? OR ip_number > ?)";
        Long stranded = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, outside);
        if (stranded != null && stranded > 0) {
            String example = jdbc.queryForObject(
                    "SELECT id, name, ip_address" + where + " ORDER BY id LIMIT 1",
                    (rs, n) -> "endpoint " + rs.getLong("id") + " '" + rs.getString("name") + "' holds "
                            + rs.getString("ip_address"),
                    outside);
            throw EndpointAddresses.conflict(
                    "ip_pool",
                    "does not contain the addresses " + stranded + " endpoint(s) hold (" + example + "); choose a"
                            + " pool that contains them, or remove the pool first (\"ip_pool\": null), which"
                            + " releases every address");
        }
    }

    private void addressTheRest(AddressPoolChanged changed) {
        Ipv4Block pool = changed.current();
        long[] held = longs(
                "SELECT ip_number FROM endpoint WHERE org_id = ? AND ip_number IS NOT NULL ORDER BY ip_number",
                changed);
        long[] needing = longs("SELECT id FROM endpoint WHERE org_id = ? AND ip_number IS NULL ORDER BY id", changed);
        if (needing.length > pool.size() - held.length) {
            throw EndpointAddresses.conflict(
                    "ip_pool",
                    "has room for " + (pool.size() - held.length) + " more addresses, but " + needing.length
                            + " endpoints need one");
        }
        OffsetDateTime now = now();
        long cursor = pool.first();
        int next = 0;
        for (int from = 0; from < needing.length; from += CHUNK) {
            List<Row> assigned = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(needing.length, from + CHUNK); i++) {
                while (next < held.length && held[next] == cursor) {
                    next++;
                    cursor++;
                }
                assigned.add(new Row(needing[i], Ipv4Address.text(cursor++)));
            }
            jdbc.batchUpdate(
                    "UPDATE endpoint SET ip_address = ?, ip_number = ?, updated_at = ? WHERE id = ?",
                    assigned,
                    CHUNK,
                    (ps, r) -> {
                        ps.setString(1, r.ip());
                        ps.setLong(2, Ipv4Address.of(r.ip()).value());
                        ps.setObject(3, now);
                        ps.setLong(4, r.id());
                    });
            audit.recordAll(
                    changed.caller(),
                    assigned.stream()
                            .map(r -> AuditLog.Change.ok(
                                    changed.orgId(), "ENDPOINT_IP_ASSIGN", "endpoint", r.id(), null, r.ip()))
                            .toList());
        }
        while (next < held.length && held[next] == cursor) {
            next++;
            cursor++;
        }
        pools.moveNextFree(changed.orgId(), cursor);
    }

    /** One column of numbers for the organisation, in the query's order; 8 MB for a million. */
    private long[] longs(String sql, AddressPoolChanged changed) {
        long[][] out = {new long[1024]};
        int[] size = {0};
        jdbc.query(
                sql,
                rs -> {
                    if (size[0] == out[0].length) {
                        out[0] = Arrays.copyOf(out[0], out[0].length * 2);
                    }
                    out[0][size[0]++] = rs.getLong(1);
                },
                changed.orgId());
        return Arrays.copyOf(out[0], size[0]);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
