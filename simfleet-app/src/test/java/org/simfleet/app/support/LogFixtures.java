package org.simfleet.app.support;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.OrgKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows the log views need that other features own (SIMs, endpoints and their policies), written
 * straight into their tables, and audit entries and events written through the real {@link AuditLog}
 * and {@link EventLog} in a transaction of their own, as a feature's service would.
 */
public final class LogFixtures {

    /** Distinct per JVM and per call, so the unique ICCID, IMSI and BIC columns never collide. */
    private static final AtomicLong SERIAL =
            new AtomicLong(ProcessHandle.current().pid() % 100_000 * 10_000);

    public record Sim(long id, String iccid) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final EventLog events;

    public LogFixtures(JdbcTemplate jdbc, TransactionTemplate tx, AuditLog audit, EventLog events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.events = events;
    }

    /** A SIM in a batch of its own, assigned to {@code orgId} (null: still in the operator's inventory). */
    public Sim sim(Long orgId) {
        long n = SERIAL.incrementAndGet();
        // 89 (telecom) + 882 (international networks country code, ITU-T E.164) + issuer and serial digits.
        Iccid iccid = Iccid.withCheckDigit("89882" + String.format("%013d", n));
        String imsi = "00101" + String.format("%010d", n); // MCC 001 / MNC 01: the 3GPP TS 23.003 test network
        OffsetDateTime now = now();
        long batch = insert(
                "INSERT INTO sim_batch (bic, org_id, sim_count, imported_at) VALUES (?, ?, 1, ?)",
                "BIC-" + n,
                orgId,
                now);
        long sim = insert(
                """
                INSERT INTO sim (iccid, imsi, form_factor, quality_grade, batch_id, org_id, state, state_changed_at, created_at)
                VALUES (?, ?, 'NANO', 'COMMERCIAL', ?, ?, ?, ?, ?)""",
                iccid.value(),
                imsi,
                batch,
                orgId,
                orgId == null ? "INVENTORY" : "ACTIVE",
                now,
                now);
        return new Sim(sim, iccid.value());
    }

    /** An endpoint of {@code orgId} with a service and a coverage policy of its own. */
    public long endpoint(long orgId, String name, Long simId) {
        OffsetDateTime now = now();
        long service = insert(
                """
                INSERT INTO service_policy (org_id, name, data_allowed, sms_mo_allowed, sms_mt_allowed, rat_types, apns,
                                            dns_servers, interim_interval_seconds, created_at, updated_at)
                VALUES (?, ?, TRUE, TRUE, TRUE, '4G', 'internet', '', 900, ?, ?)""",
                orgId,
                name + " service",
                now,
                now);
        long coverage = insert(
                """
                INSERT INTO coverage_policy (org_id, name, allowed_countries, blocked_operators, created_at, updated_at)
                VALUES (?, ?, '', '', ?, ?)""",
                orgId,
                name + " coverage",
                now,
                now);
        return insert(
                """
                INSERT INTO endpoint (org_id, name, status, imei_lock, sim_id, service_policy_id, coverage_policy_id,
                                      created_at, updated_at)
                VALUES (?, ?, 'ENABLED', FALSE, ?, ?, ?, ?, ?)""",
                orgId,
                name,
                simId,
                service,
                coverage,
                now,
                now);
    }

    /** Records a change as system work of the organisation, committed on return. */
    public void audit(AuditLog.Change change) {
        Caller system = Caller.system(change.orgId(), OrgKind.CUSTOMER, "test fixture");
        tx.executeWithoutResult(s -> audit.record(system, change));
    }

    public void event(EventLog.NewEvent event) {
        tx.executeWithoutResult(s -> events.publish(event));
    }

    private long insert(String sql, Object... args) {
        var key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
