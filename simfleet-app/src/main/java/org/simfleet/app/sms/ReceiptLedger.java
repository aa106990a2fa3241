package org.simfleet.app.sms;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.ReceiptState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maps delivery receipts (SMPP 3.4 §4.6.1.1 esm_class 0x04, Appendix B) to message statuses, in the writer's
 * transaction. A receipt finds its message by the SMSC message id its part was accepted under. One whose id is not
 * known yet is kept (sms_receipt_pending) and matched when the submit_sm_resp is recorded; before it is kept, it may
 * adopt a message whose submit outcome is UNKNOWN (same handset, same text head), which is how such a message
 * learns that the SMSC had it. A receipt that changes nothing (a redelivered one) leaves no event.
 */
@Component
class ReceiptLedger {

    private static final int CHUNK = 500;

    /** A part of a message, with what a status change needs of the message. */
    private record Known(
            String messageId,
            long smsId,
            long orgId,
            long endpointId,
            Long simId,
            String iccid,
            int parts,
            String source,
            String destination) {}

    private static final String KNOWN =
            """
            SELECT p.smsc_message_id, p.sms_id, m.org_id, m.endpoint_id, m.sim_id, m.iccid, m.parts, m.source_address,
                   m.destination_address
            FROM sms_part p JOIN sms_message m ON m.id = p.sms_id
            WHERE p.smsc_message_id IN (:ids)""";
    private static final String PART_STATE = "UPDATE sms_part SET state = ? WHERE smsc_message_id = ?";
    private static final String FINAL =
            """
            UPDATE sms_message SET status = ?, submit_state = 'DONE', delivery_date = ?, failure_reason = ?,
                sent_date = COALESCE(sent_date, ?)
            WHERE id = ? AND status IN ('IN_PROGRESS', 'PENDING')""";

    /**
     * Parts this node recorded lately, so that their receipts find them without a query: most receipts follow their
     * submit_sm_resp within seconds. 50,000 entries (about 10 MB) hold half a minute of the benchmark's rate;
     * an older part is read from the database. What is kept never changes once the part is recorded.
     */
    private static final int RECENT = 50_000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CustomPlans plans;
    /** Guarded by itself; the oldest entry leaves first. */
    private final Map<String, Known> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > RECENT;
        }
    };

    ReceiptLedger(JdbcTemplate jdbc, CustomPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A part of {@code sms} was committed with the SMSC's {@code messageId}. */
    void recorded(Claimed sms, String messageId) {
        Known k = new Known(
                messageId,
                sms.id(),
                sms.orgId(),
                sms.endpointId(),
                sms.simId(),
                sms.iccid(),
                sms.parts(),
                sms.source(),
                sms.destination());
        synchronized (recent) {
            recent.put(messageId, k);
        }
    }

    void apply(List<DeliveryReceipt> receipts, Instant now, SmsJournal.Entries out) {
        if (!receipts.isEmpty()) {
            applyAll(receipts.stream().map(Receipt::of).toList(), now, out, true);
        }
    }

    /** Applies the kept receipts of message ids just recorded, and forgets them. */
    void matchKept(List<String> messageIds, Instant now, SmsJournal.Entries out) {
        if (messageIds.isEmpty()) {
            return;
        }
        List<Receipt> kept = new ArrayList<>();
        for (List<String> chunk : chunks(messageIds)) {
            kept.addAll(named.query(
                    "SELECT smsc_message_id, state, handset, text_head, error_code, done_at"
                            + " FROM sms_receipt_pending WHERE smsc_message_id IN (:ids)",
                    Map.of("ids", chunk),
                    (rs, n) -> new Receipt(
                            rs.getString(1),
                            ReceiptState.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            SmsQueries.instant(rs, "done_at"))));
        }
        if (kept.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "DELETE FROM sms_receipt_pending WHERE smsc_message_id = ?",
                kept.stream().map(r -> new Object[] {r.messageId()}).toList());
        applyAll(kept, now, out, false);
    }

    private void applyAll(List<Receipt> receipts, Instant now, SmsJournal.Entries out, boolean keepUnknown) {
        Map<String, Known> known =
                lookup(receipts.stream().map(Receipt::messageId).toList());
        List<Object[]> partStates = new ArrayList<>();
        Map<Long, Known> multi = new HashMap<>();
        Map<Long, Receipt> single = new HashMap<>();
        Map<Long, Known> singleKnown = new HashMap<>();
        for (Receipt r : receipts) {
            Known k = known.get(r.messageId());
            if (k == null && keepUnknown) {
                k = adopt(r);
                if (k != null) {
                    known.put(r.messageId(), k);
                }
            }
            if (k == null) {
                if (keepUnknown) {
                    keep(r, now);
                }
                continue;
            }
            if (k.parts() > 1) { // a single part's state is its message's status
                partStates.add(new Object[] {r.state().name(), r.messageId()});
            }
            if (r.status() == null) {
                continue;
            }
            forget(r.messageId()); // its final receipt: a redelivered one is read from the database
            if (k.parts() == 1) {
                single.put(k.smsId(), r);
                singleKnown.put(k.smsId(), k);
            } else {
                multi.put(k.smsId(), k);
            }
        }
        if (!partStates.isEmpty()) {
            jdbc.batchUpdate(PART_STATE, partStates);
        }
        List<Object[]> finals = new ArrayList<>();
        List<SmsJournal.Change> changes = new ArrayList<>();
        single.forEach(
                (id, r) -> finalState(singleKnown.get(id), r.status(), r.failureReason(), r, now, finals, changes));
        multi.values().forEach(k -> combine(k, now, finals, changes));
        if (finals.isEmpty()) {
            return;
        }
        int[] counts = jdbc.batchUpdate(FINAL, finals);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) { // 0: final already, a redelivered receipt
                out.add(changes.get(i));
            }
        }
    }

    private void finalState(
            Known k,
            SmsStatus status,
            String reason,
            Receipt r,
            Instant now,
            List<Object[]> finals,
            List<SmsJournal.Change> changes) {
        Instant done = r != null && r.doneAt() != null ? r.doneAt() : now;
        var at = done.atOffset(ZoneOffset.UTC);
        finals.add(new Object[] {status.name(), at, reason, now.atOffset(ZoneOffset.UTC), k.smsId()});
        changes.add(new SmsJournal.Change(
                k.orgId(),
                k.smsId(),
                k.endpointId(),
                k.simId(),
                k.iccid(),
                "MT",
                status,
                k.source(),
                k.destination(),
                null,
                done,
                reason));
    }

    /** A long message is final once every part is: failed if one failed, else expired if one expired. */
    private void combine(Known k, Instant now, List<Object[]> finals, List<SmsJournal.Change> changes) {
        List<String> states = jdbc.queryForList("SELECT state FROM sms_part WHERE sms_id = ?", String.class, k.smsId());
        if (states.size() < k.parts()
                || states.stream().anyMatch(s -> ReceiptState.valueOf(s) == ReceiptState.ENROUTE)) {
            return;
        }
        SmsStatus status = SmsStatus.DELIVERED;
        String reason = null;
        for (String s : states) {
            Receipt r = new Receipt("", ReceiptState.valueOf(s), null, null, null, null);
            if (r.status() == SmsStatus.FAILED || (r.status() == SmsStatus.EXPIRED && status != SmsStatus.FAILED)) {
                status = r.status();
                reason = r.failureReason();
            }
        }
        finalState(k, status, reason, null, now, finals, changes);
    }

    private void forget(String messageId) {
        synchronized (recent) {
            recent.remove(messageId);
        }
    }

    private Map<String, Known> lookup(List<String> ids) {
        Map<String, Known> known = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (recent) {
            for (String id : ids) {
                Known k = recent.get(id);
                if (k != null) {
                    known.put(id, k);
                } else {
                    missing.add(id);
                }
            }
        }
        if (missing.isEmpty()) {
            return known;
        }
        plans.forThisTransaction();
        for (List<String> chunk : chunks(missing)) {
            named.query(KNOWN, Map.of("ids", chunk), rs -> {
                known.put(
                        rs.getString(1),
                        new Known(
                                rs.getString(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getObject(5, Long.class),
                                rs.getString(6),
                                rs.getInt(7),
                                rs.getString(8),
                                rs.getString(9)));
            });
        }
        return known;
    }

    /**
     * A receipt for a message id never recorded may be for a message whose submit outcome was lost: the oldest
     * UNKNOWN message to the same handset whose text starts with the receipt's text head (when it has one) takes it.
     */
    private Known adopt(Receipt r) {
        if (r.handset() == null) {
            return null;
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                """
                SELECT id, payload, data_coding, parts FROM sms_message
                WHERE destination_address = ? AND direction = 'MT' AND submit_state = 'UNKNOWN'
                ORDER BY id LIMIT 20""",
                r.handset());
        for (Map<String, Object> row : rows) {
            String payload = (String) row.get("payload");
            // a binary payload is stored in hexadecimal: the SMSC's text head of its octets says nothing of it
            if (r.textHead() == null
                    || row.get("data_coding") != null
                    || payload.startsWith(r.textHead())
                    || r.textHead().startsWith(payload)) {
                long smsId = ((Number) row.get("id")).longValue();
                Set<Integer> taken = new HashSet<>(
                        jdbc.queryForList("SELECT part_index FROM sms_part WHERE sms_id = ?", Integer.class, smsId));
                int index = 0;
                while (taken.contains(index)) {
                    index++;
                }
                jdbc.update(OutcomeLedger.INSERT_PART, r.messageId(), smsId, index, r.messageId());
                jdbc.update(
                        "UPDATE sms_message SET submit_state = 'SENT' WHERE id = ? AND submit_state = 'UNKNOWN'"
                                + " AND parts = ?",
                        smsId,
                        taken.size() + 1);
                return lookup(List.of(r.messageId())).get(r.messageId());
            }
        }
        return null;
    }

    private void keep(Receipt r, Instant now) {
        Integer present = jdbc.queryForObject(
                "SELECT COUNT(*) FROM sms_receipt_pending WHERE smsc_message_id = ?", Integer.class, r.messageId());
        if (present != null && present > 0) {
            return;
        }
        jdbc.update(
                """
                INSERT INTO sms_receipt_pending (smsc_message_id, state, handset, text_head, error_code, done_at,
                    received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                r.messageId(),
                r.state().name(),
                cut(r.handset(), 21),
                cut(r.textHead(), 40),
                cut(r.errorCode(), 16),
                r.doneAt() == null ? null : r.doneAt().atOffset(ZoneOffset.UTC),
                now.atOffset(ZoneOffset.UTC));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    /**
     * Applies kept receipts whose message id has been recorded since: a receipt that overtook its submit_sm_resp and
     * was kept by the receipt writer while the outcome writer recorded the id without seeing it yet.
     */
    void matchRecorded(Instant now, SmsJournal.Entries out) {
        matchKept(
                jdbc.queryForList(
                        """
                        SELECT r.smsc_message_id FROM sms_receipt_pending r
                        WHERE EXISTS (SELECT 1 FROM sms_part p WHERE p.smsc_message_id = r.smsc_message_id)
                        ORDER BY r.received_at LIMIT 500""",
                        String.class),
                now,
                out);
    }

    /**
     * Gives kept receipts a second chance at adoption, for messages that became UNKNOWN after their receipt came (a
     * claim a crash left behind, turned UNKNOWN at restart).
     */
    void adoptKept(Instant now, SmsJournal.Entries out) {
        List<Receipt> kept = jdbc.query(
                """
                SELECT r.smsc_message_id, r.state, r.handset, r.text_head, r.error_code, r.done_at
                FROM sms_receipt_pending r
                WHERE EXISTS (SELECT 1 FROM sms_message m
                              WHERE m.destination_address = r.handset AND m.submit_state = 'UNKNOWN')
                ORDER BY r.received_at LIMIT 500""",
                (rs, n) -> new Receipt(
                        rs.getString(1),
                        ReceiptState.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        SmsQueries.instant(rs, "done_at")));
        List<Receipt> adopted = new ArrayList<>();
        for (Receipt r : kept) {
            if (adopt(r) != null) {
                adopted.add(r);
            }
        }
        if (!adopted.isEmpty()) {
            matchKept(adopted.stream().map(Receipt::messageId).toList(), now, out);
        }
    }
}
