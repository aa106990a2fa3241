package org.simfleet.app.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's housekeeping, every second: messages past their expiry date that the SMSC does not hold (waiting, or
 * UNKNOWN with no receipt) become EXPIRED; claims older than the stale timeout (a node that never came back) become
 * UNKNOWN; kept receipts get a second chance at an UNKNOWN message; UNKNOWN messages no receipt claimed within the
 * grace period after the bind came back are queued again (see {@link #resendUnclaimed}); the queue depth gauge is
 * refreshed.
 */
@Component
class SmsSweeper {

    private static final String EXPIRING =
            """
            SELECT id, org_id, endpoint_id, sim_id, iccid, source_address, destination_address, submit_state
            FROM sms_message WHERE submit_state IN ('QUEUED', 'UNKNOWN') AND expiry_date <= ? ORDER BY id LIMIT 1000""";
    private static final String EXPIRE =
            """
            UPDATE sms_message SET status = 'EXPIRED', submit_state = 'DONE', delivery_date = ?, failure_reason = ?
            WHERE id = ? AND submit_state = ?""";

    private static final String RESEND =
            """
            UPDATE sms_message SET status = 'PENDING', submit_state = 'QUEUED', next_attempt_at = ?, claimed_at = NULL,
                claimed_by = NULL, failure_reason = NULL
            WHERE submit_state = 'UNKNOWN' AND claimed_at < ? AND expiry_date > ?""";
    private static final Logger log = LoggerFactory.getLogger(SmsSweeper.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SmscLink smsc;
    private final Duration unknownGrace;
    private final ReceiptLedger receipts;
    private final SmsJournal journal;
    private final Clock clock;
    private final Duration staleClaim;

    SmsSweeper(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            ReceiptLedger receipts,
            SmsJournal journal,
            Clock clock,
            SmscLink smsc,
            @Value("${simfleet.sms.stale-claim:PT10M}") Duration staleClaim,
            @Value("${simfleet.sms.unknown-grace:PT2M}") Duration unknownGrace) {
        this.jdbc = jdbc;
        this.smsc = smsc;
        this.unknownGrace = unknownGrace;
        this.tx = tx;
        this.receipts = receipts;
        this.journal = journal;
        this.clock = clock;
        this.staleClaim = staleClaim;
    }

    @Scheduled(fixedDelayString = "${simfleet.sms.sweep-interval:PT1S}")
    void sweep() {
        Instant now = clock.instant();
        SmsJournal.Entries entries = new SmsJournal.Entries();
        tx.executeWithoutResult(status -> {
            jdbc.update(
                    """
                    UPDATE sms_message SET submit_state = 'UNKNOWN',
                        failure_reason = 'claimed by a node that did not answer for its submit: maybe at the SMSC'
                    WHERE submit_state = 'CLAIMED' AND claimed_at < ?""",
                    now.minus(staleClaim).atOffset(ZoneOffset.UTC));
            expire(now, entries);
            receipts.matchRecorded(now, entries);
            receipts.adoptKept(now, entries);
            resendUnclaimed(now);
            journal.write(entries, now);
        });
        journal.committed(entries);
        Long depth = jdbc.queryForObject("SELECT COUNT(*) FROM sms_message WHERE submit_state = 'QUEUED'", Long.class);
        journal.queueDepth.set(depth == null ? 0 : depth);
    }

    /**
     * An UNKNOWN message (its submit_sm was in flight when the connection or the node went) that no receipt adopted
     * once the bind has been back for the grace period is taken to be one the SMSC never had, and is queued to be
     * sent again. The SMSC offers the receipts it kept as soon as the ESME binds again, so a message it took is
     * normally adopted within a second of the bind; one it took whose receipt comes later than the grace (a handset
     * that stays unreachable, an SMSC that keeps no receipts for an unbound ESME) is sent twice. That is the trade:
     * none lost, at the price of a possible duplicate in that case, instead of none sent twice and some lost.
     */
    private void resendUnclaimed(Instant now) {
        Instant bound = smsc.boundSince();
        Instant before = now.minus(unknownGrace);
        if (bound == null || bound.isAfter(before)) {
            return;
        }
        var at = now.atOffset(ZoneOffset.UTC);
        int queued = jdbc.update(RESEND, at, before.atOffset(ZoneOffset.UTC), at);
        if (queued > 0) {
            log.warn(
                    "{} SMS whose submit outcome was unknown had no receipt {} after the bind: sent again",
                    queued,
                    unknownGrace);
        }
    }

    private void expire(Instant now, SmsJournal.Entries entries) {
        var at = now.atOffset(ZoneOffset.UTC);
        List<SmsJournal.Change> due = jdbc.query(
                EXPIRING,
                (rs, n) -> new SmsJournal.Change(
                        rs.getLong("org_id"),
                        rs.getLong("id"),
                        rs.getLong("endpoint_id"),
                        rs.getObject("sim_id", Long.class),
                        rs.getString("iccid"),
                        "MT",
                        SmsStatus.EXPIRED,
                        rs.getString("source_address"),
                        rs.getString("destination_address"),
                        null,
                        now,
                        "UNKNOWN".equals(rs.getString("submit_state"))
                                ? "expired with its submit outcome unknown and no receipt"
                                : "expired before the SMSC took it"),
                at);
        if (due.isEmpty()) {
            return;
        }
        int[] counts = jdbc.batchUpdate(
                EXPIRE,
                due.stream()
                        .map(c -> new Object[] {
                            at,
                            c.failureReason(),
                            c.smsId(),
                            c.failureReason().startsWith("expired with") ? "UNKNOWN" : "QUEUED"
                        })
                        .toList());
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                entries.add(due.get(i));
            }
        }
    }
}
