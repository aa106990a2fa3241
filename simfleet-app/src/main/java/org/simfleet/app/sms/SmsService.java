package org.simfleet.app.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.SmsContent;
import org.simfleet.smpp.codec.SmsEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accepts MT messages and cancels them. A message is accepted only once its row is committed (the API answers after
 * the transaction), so an acknowledged SMS survives a crash; the sender picks it up from there.
 */
@Service
class SmsService {

    /** What SMSCs keep a message for by default (validity period), and what emnify uses. */
    static final Duration DEFAULT_EXPIRY = Duration.ofHours(24);

    /** The longest validity SMSCs commonly honour; later would be cut short by the SMSC without telling. */
    static final Duration MAX_EXPIRY = Duration.ofDays(7);

    /** Ten parts: 1,530 GSM characters or 670 UCS-2; longer texts are rarely reassembled by device modems. */
    static final int MAX_PARTS = 10;

    private static final String TARGET =
            """
            SELECT e.id, e.status, e.sim_id, s.iccid, s.state, s.msisdn, sp.sms_mt_allowed, sp.sms_limit
            FROM endpoint e
            JOIN service_policy sp ON sp.id = e.service_policy_id
            LEFT JOIN sim s ON s.id = e.sim_id
            WHERE e.id = ? AND e.org_id = ?""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventLog events;
    private final SmscLink smsc;
    private final SmsSender sender;
    private final Clock clock;
    private final SmsQueries queries;

    SmsService(
            JdbcClient jdbc,
            SmsQueries queries,
            AuditLog audit,
            EventLog events,
            SmscLink smsc,
            SmsSender sender,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.smsc = smsc;
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional
    SmsMessage send(Caller caller, long endpointId, SmsRequest request) {
        requireWrite(caller, "SMS_SEND", endpointId);
        SendTarget target = target(caller, endpointId);
        Instant now = clock.instant();
        Validation v = new Validation();
        String payload = request == null ? null : request.payload();
        int parts = 0;
        if (payload == null || payload.isEmpty()) {
            v.reject("payload", "is required");
        } else {
            parts = SmsEncoder.encode(new SmsContent.Text(payload), 0).partCount();
            v.require(parts <= MAX_PARTS, "payload", "takes " + parts + " SMS; at most " + MAX_PARTS + " are sent");
        }
        String source = request == null || request.sourceAddress() == null
                ? smsc.defaultSource()
                : request.sourceAddress().strip();
        if (source == null) {
            v.reject("source_address", "is required: the SMSC settings name no default source address");
        } else {
            try { // the SMPP library's own rule for source addresses (digits, or up to 11 alphanumerics)
                new OutboundSms("1", source, new SmsContent.Text("x"), null, null);
            } catch (IllegalArgumentException e) {
                v.reject("source_address", e.getMessage());
            }
        }
        Instant expiry =
                request == null || request.expiryDate() == null ? now.plus(DEFAULT_EXPIRY) : request.expiryDate();
        v.require(expiry.isAfter(now), "expiry_date", "must be in the future");
        v.require(!expiry.isAfter(now.plus(MAX_EXPIRY)), "expiry_date", "must be at most 7 days ahead");
        if (v.hasErrors()) {
            throw refused(caller, "SMS_SEND", endpointId, ApiException.invalid(v.errors()));
        }
        ApiException refusal = target.refusal();
        if (refusal == null && target.smsLimit() != null) {
            refusal = overLimit(caller, target, now);
        }
        if (refusal != null) {
            throw refused(caller, "SMS_SEND", endpointId, refusal);
        }
        long id = insert(caller, target, payload, parts, source, now, expiry);
        audit.record(
                caller,
                AuditLog.Change.ok(
                        caller.orgId(),
                        "SMS_SEND",
                        "sms",
                        id,
                        null,
                        "endpoint=" + endpointId + ", to=" + target.msisdn() + ", parts=" + parts));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(),
                EventType.SMS_MT_SUBMITTED,
                target.simId(),
                endpointId,
                "SMS " + id + " to " + target.msisdn() + " accepted (" + parts + " part" + (parts == 1 ? ")" : "s)")));
        wakeSenderAfterCommit();
        return new SmsMessage(
                id,
                endpointId,
                target.iccid(),
                "MT",
                SmsStatus.PENDING.name(),
                source,
                target.msisdn(),
                payload,
                parts,
                now,
                null,
                null,
                expiry,
                null);
    }

    /** Cancels an MT the sender has not handed to the SMSC yet (PENDING, waiting or between retries). */
    @Transactional
    SmsMessage cancel(Caller caller, long endpointId, long smsId) {
        requireWrite(caller, "SMS_CANCEL", endpointId);
        SmsMessage current = queries.get(caller, endpointId, smsId);
        int changed = jdbc.sql(
                        """
                        UPDATE sms_message SET status = 'CANCELED', submit_state = 'DONE', delivery_date = ?
                        WHERE id = ? AND org_id = ? AND direction = 'MT' AND submit_state = 'QUEUED'""")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), smsId, caller.orgId())
                .update();
        if (changed == 0) {
            throw refused(
                    caller,
                    "SMS_CANCEL",
                    endpointId,
                    ApiException.conflict("SMS " + smsId + " is " + current.status()
                            + "; only a PENDING message that was not handed to the SMSC can be canceled"));
        }
        audit.record(
                caller, AuditLog.Change.ok(caller.orgId(), "SMS_CANCEL", "sms", smsId, current.status(), "CANCELED"));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(), EventType.SMS_MT_CANCELED, null, endpointId, "SMS " + smsId + " canceled"));
        return queries.get(caller, endpointId, smsId);
    }

    private SendTarget target(Caller caller, long endpointId) {
        return jdbc.sql(TARGET)
                .params(endpointId, caller.orgId())
                .query((rs, n) -> new SendTarget(
                        rs.getLong("id"),
                        rs.getString("status"),
                        (Long) rs.getObject("sim_id", Long.class),
                        rs.getString("iccid"),
                        rs.getString("state"),
                        rs.getString("msisdn"),
                        rs.getBoolean("sms_mt_allowed"),
                        (Integer) rs.getObject("sms_limit", Integer.class)))
                .optional()
                .orElseThrow(() -> ApiException.notFound("Endpoint", endpointId));
    }

    /**
     * The limit counts this UTC month's MT of the endpoint that were not canceled. The endpoint's row is locked
     * first, so two requests at once cannot both take the last message the limit allows.
     */
    private ApiException overLimit(Caller caller, SendTarget target, Instant now) {
        jdbc.sql("SELECT id FROM endpoint WHERE id = ? AND org_id = ? FOR UPDATE")
                .params(target.endpointId(), caller.orgId())
                .query(Long.class)
                .single();
        OffsetDateTime monthStart = YearMonth.from(now.atOffset(ZoneOffset.UTC))
                .atDay(1)
                .atStartOfDay()
                .atOffset(ZoneOffset.UTC);
        long sent = jdbc.sql(
                        """
                        SELECT COUNT(*) FROM sms_message
                        WHERE endpoint_id = ? AND direction = 'MT' AND status <> 'CANCELED' AND submit_date >= ?""")
                .params(target.endpointId(), monthStart)
                .query(Long.class)
                .single();
        return sent >= target.smsLimit() ? SendTarget.limitReached(target.smsLimit(), sent) : null;
    }

    private long insert(
            Caller caller, SendTarget target, String payload, int parts, String source, Instant now, Instant expiry) {
        var key = new GeneratedKeyHolder();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql(
                        """
                        INSERT INTO sms_message (org_id, endpoint_id, sim_id, iccid, direction, status, source_address,
                            destination_address, payload, parts, submit_date, expiry_date, submit_state, attempts,
                            next_attempt_at)
                        VALUES (?, ?, ?, ?, 'MT', 'PENDING', ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?)""")
                .params(
                        caller.orgId(),
                        target.endpointId(),
                        target.simId(),
                        target.iccid(),
                        source,
                        target.msisdn(),
                        payload,
                        parts,
                        at,
                        expiry.atOffset(ZoneOffset.UTC),
                        at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void requireWrite(Caller caller, String action, long endpointId) {
        try {
            caller.requireWrite();
        } catch (ApiException e) {
            throw refused(caller, action, endpointId, e);
        }
    }

    private ApiException refused(Caller caller, String action, long endpointId, ApiException e) {
        audit.recordRefusal(
                caller,
                AuditLog.Change.refused(
                        caller.orgId(), action, "endpoint", endpointId, null, "refused: " + e.getMessage()));
        return e;
    }

    private void wakeSenderAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.wake();
            }
        });
    }
}
