package org.simfleet.app.sms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.PartResult;
import org.simfleet.smpp.SubmitResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records what became of each submit, in the writer's transaction:
 *
 * <ul>
 *   <li>every part ACCEPTED: the parts' message ids go into sms_part, the message is SENT (IN_PROGRESS) and waits
 *       for its receipts;
 *   <li>a part REJECTED: FAILED, with the SMSC's command_status;
 *   <li>a part UNKNOWN (in flight when the connection was lost, or no answer in time): UNKNOWN, not resent while
 *       the SMSC may have it; a receipt that names its destination and text adopts it (ReceiptLedger), else it is
 *       queued again once the bind has been back for the grace period (SmsSweeper);
 *   <li>otherwise some parts RETRY (certainly not taken): back to PENDING after a backoff, and only the missing parts
 *       are sent again, under the same concatenation reference.
 * </ul>
 *
 * The accepted parts are recorded in every case, so receipts that arrived first (ReceiptLedger keeps them) are
 * matched at once.
 */
@Component
class OutcomeLedger {

    /** The longest a message waits between two attempts; a rebind resets every wait (SmsSender). */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Guarded, so a message id recorded before (an adopted receipt) never aborts the batch. */
    static final String INSERT_PART =
            """
            INSERT INTO sms_part (smsc_message_id, sms_id, part_index, state)
            SELECT ?, ?, ?, 'ENROUTE' WHERE NOT EXISTS (SELECT 1 FROM sms_part WHERE smsc_message_id = ?)""";

    private static final String SENT =
            """
            UPDATE sms_message SET submit_state = 'SENT', sent_date = ?, concat_ref = ?
            WHERE id = ? AND submit_state = 'CLAIMED'""";
    private static final String UNKNOWN =
            """
            UPDATE sms_message SET submit_state = 'UNKNOWN', concat_ref = ?, failure_reason = ?
            WHERE id = ? AND submit_state = 'CLAIMED'""";
    private static final String RETRY =
            """
            UPDATE sms_message SET status = 'PENDING', submit_state = 'QUEUED', next_attempt_at = ?, concat_ref = ?,
                claimed_at = NULL, claimed_by = NULL
            WHERE id = ? AND submit_state = 'CLAIMED'""";
    private static final String FAILED =
            """
            UPDATE sms_message SET status = 'FAILED', submit_state = 'DONE', delivery_date = ?, failure_reason = ?,
                concat_ref = ?
            WHERE id = ? AND submit_state = 'CLAIMED'""";

    private record Part(String messageId, long smsId, int index) {}

    private final JdbcTemplate jdbc;
    private final ReceiptLedger receipts;

    OutcomeLedger(JdbcTemplate jdbc, ReceiptLedger receipts) {
        this.jdbc = jdbc;
        this.receipts = receipts;
    }

    void apply(List<SmsWriter.OutcomeWork> outcomes, Instant now, SmsJournal.Entries out) {
        if (outcomes.isEmpty()) {
            return;
        }
        var at = now.atOffset(ZoneOffset.UTC);
        List<Part> parts = new ArrayList<>();
        List<Object[]> sent = new ArrayList<>();
        List<Object[]> unknown = new ArrayList<>();
        List<Object[]> retry = new ArrayList<>();
        List<Object[]> failed = new ArrayList<>();
        for (SmsWriter.OutcomeWork w : outcomes) {
            Claimed sms = w.sms();
            SubmitResult r = w.result();
            Integer ref = sms.parts() > 1 ? r.concatenationReference() : null;
            for (PartResult p : r.parts()) {
                if (p.outcome() == Outcome.ACCEPTED) {
                    parts.add(new Part(p.messageId(), sms.id(), p.index()));
                }
            }
            switch (r.outcome()) {
                case ACCEPTED -> sent.add(new Object[] {at, ref, sms.id()});
                case REJECTED -> {
                    String reason = reason(r, Outcome.REJECTED);
                    failed.add(new Object[] {at, reason, ref, sms.id()});
                    out.add(new SmsJournal.Change(
                            sms.orgId(),
                            sms.id(),
                            sms.endpointId(),
                            sms.simId(),
                            sms.iccid(),
                            "MT",
                            SmsStatus.FAILED,
                            sms.source(),
                            sms.destination(),
                            null,
                            now,
                            reason));
                }
                case UNKNOWN -> unknown.add(new Object[] {ref, reason(r, Outcome.UNKNOWN), sms.id()});
                case RETRY -> retry.add(
                        new Object[] {backoff(now, sms.attempts()).atOffset(ZoneOffset.UTC), ref, sms.id()});
            }
            out.sent += r.partsWith(Outcome.ACCEPTED).size();
        }
        jdbc.batchUpdate(INSERT_PART, parts, 1000, (ps, p) -> {
            ps.setString(1, p.messageId());
            ps.setLong(2, p.smsId());
            ps.setInt(3, p.index());
            ps.setString(4, p.messageId());
        });
        batch(SENT, sent);
        batch(UNKNOWN, unknown);
        batch(RETRY, retry);
        batch(FAILED, failed);
        receipts.matchKept(parts.stream().map(Part::messageId).toList(), now, out);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** One second after the first attempt, doubling up to {@link #MAX_BACKOFF}. */
    static Instant backoff(Instant now, int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 5);
        return now.plus(Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds())));
    }

    private static String reason(SubmitResult r, Outcome outcome) {
        return r.parts().stream()
                .filter(p -> p.outcome() == outcome)
                .findFirst()
                .map(p ->
                        (p.commandStatus() >= 0 ? String.format("SMSC command_status 0x%08X: ", p.commandStatus()) : "")
                                + p.detail())
                .map(s -> s.length() > 500 ? s.substring(0, 500) : s)
                .orElse(outcome.name());
    }
}
