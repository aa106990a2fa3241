package org.simfleet.app.sms;

import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due messages for one sender, in a transaction that commits before anything is sent: the rows are selected
 * (on PostgreSQL {@code FOR UPDATE SKIP LOCKED}, so senders on other nodes take other rows instead of waiting) and
 * moved QUEUED to CLAIMED by an UPDATE that checks the state again, so a row is only ever claimed once, also on H2
 * where the select takes no lock.
 */
@Component
class SmsClaims {

    private static final String DUE =
            """
            SELECT id, org_id, endpoint_id, sim_id, iccid, source_address, destination_address, payload, data_coding, udh,
                   parts, expiry_date, attempts, concat_ref
            FROM sms_message
            WHERE submit_state = 'QUEUED' AND next_attempt_at <= ? AND expiry_date > ?
            ORDER BY next_attempt_at, id LIMIT ?""";
    private static final String CLAIM =
            """
            UPDATE sms_message SET submit_state = 'CLAIMED', status = 'IN_PROGRESS', claimed_at = ?, claimed_by = ?,
                attempts = attempts + 1
            WHERE id = ? AND submit_state = 'QUEUED'""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate tx;
    private volatile String lockClause;

    SmsClaims(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tx = tx;
    }

    List<Claimed> claim(int max, Instant now, String node) {
        var at = now.atOffset(ZoneOffset.UTC);
        return tx.execute(status -> {
            List<Claimed> due = jdbc.query(
                    DUE + lock(),
                    (rs, n) -> new Claimed(
                            rs.getLong("id"),
                            rs.getLong("org_id"),
                            rs.getLong("endpoint_id"),
                            rs.getObject("sim_id", Long.class),
                            rs.getString("iccid"),
                            rs.getString("source_address"),
                            rs.getString("destination_address"),
                            SmsBody.read(rs),
                            rs.getInt("parts"),
                            SmsQueries.instant(rs, "expiry_date"),
                            rs.getInt("attempts") + 1,
                            rs.getObject("concat_ref", Integer.class),
                            List.of()),
                    at,
                    at,
                    max);
            if (due.isEmpty()) {
                return due;
            }
            int[] counts = jdbc.batchUpdate(
                    CLAIM,
                    due.stream().map(c -> new Object[] {at, node, c.id()}).toList());
            List<Claimed> claimed = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    claimed.add(due.get(i));
                }
            }
            return withAcceptedParts(claimed);
        });
    }

    /** Earlier attempts of long messages may have had some parts taken: those are not sent again. */
    private List<Claimed> withAcceptedParts(List<Claimed> claimed) {
        List<Long> again = claimed.stream()
                .filter(c -> c.parts() > 1 && c.attempts() > 1)
                .map(Claimed::id)
                .toList();
        if (again.isEmpty()) {
            return claimed;
        }
        Map<Long, List<Integer>> accepted = new HashMap<>();
        named.query("SELECT sms_id, part_index FROM sms_part WHERE sms_id IN (:ids)", Map.of("ids", again), rs -> {
            accepted.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
        });
        return claimed.stream()
                .map(c -> accepted.containsKey(c.id()) ? c.withAccepted(accepted.get(c.id())) : c)
                .toList();
    }

    private String lock() {
        if (lockClause == null) {
            String product = jdbc.execute((ConnectionCallback<String>)
                    (Connection c) -> c.getMetaData().getDatabaseProductName());
            lockClause = "PostgreSQL".equals(product) ? " FOR UPDATE SKIP LOCKED" : "";
        }
        return lockClause;
    }
}
