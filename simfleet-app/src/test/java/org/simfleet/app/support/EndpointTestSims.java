package org.simfleet.app.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.simfleet.app.kernel.Iccid;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts SIMs straight into an organisation's inventory for endpoint tests, one batch per call, without
 * going through the SIM import and registration API. The numbers use a range of their own ("89883037…"
 * ICCIDs, "90177…" IMSIs) so they never meet SIMs that other tests import.
 */
public final class EndpointTestSims {

    private static final AtomicLong SERIAL = new AtomicLong();

    private EndpointTestSims() {}

    /** Inserts {@code count} SIMs in {@code state} owned by {@code orgId} and answers their ICCIDs. */
    public static List<String> insert(JdbcTemplate jdbc, long orgId, String state, int count) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long pid = ProcessHandle.current().pid() % 100_000;
        String bic = "EPT-" + pid + "-" + SERIAL.incrementAndGet();
        jdbc.update(
                "INSERT INTO sim_batch (bic, org_id, sim_count, imported_at, registered_at) VALUES (?, ?, ?, ?, ?)",
                bic,
                orgId,
                count,
                now,
                now);
        Long batchId = jdbc.queryForObject("SELECT id FROM sim_batch WHERE bic = ?", Long.class, bic);
        List<String> iccids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String serial = String.format("%05d%05d", pid, SERIAL.incrementAndGet());
            String iccid = Iccid.withCheckDigit("89883037" + serial).value();
            jdbc.update(
                    """
                    INSERT INTO sim (iccid, imsi, form_factor, quality_grade, batch_id, org_id, state,
                                     state_changed_at, created_at)
                    VALUES (?, ?, 'MFF2', 'INDUSTRIAL', ?, ?, ?, ?, ?)""",
                    iccid,
                    "90177" + serial,
                    batchId,
                    orgId,
                    state,
                    now,
                    now);
            iccids.add(iccid);
        }
        return iccids;
    }

    public static String insertOne(JdbcTemplate jdbc, long orgId, String state) {
        return insert(jdbc, orgId, state, 1).get(0);
    }
}
