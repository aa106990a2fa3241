package org.simfleet.app.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts MT messages and cancels them. A message is accepted only once its row is committed (the API answers after
 * the intake's group commit), so an acknowledged SMS survives a crash; the sender picks it up from there.
 */
@Service
public class SmsService {

    /** What SMSCs keep a message for by default (validity period), and what emnify uses. */
    static final Duration DEFAULT_EXPIRY = Duration.ofHours(24);

    /** The longest validity SMSCs commonly honour; later would be cut short by the SMSC without telling. */
    static final Duration MAX_EXPIRY = Duration.ofDays(7);

    /** Ten parts: 1,530 GSM characters or 670 UCS-2; longer texts are rarely reassembled by device modems. */
    static final int MAX_PARTS = 10;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventLog events;
    private final SmscLink smsc;
    private final SmsIntake intake;
    private final Clock clock;
    private final SmsQueries queries;

    SmsService(
            JdbcClient jdbc,
            SmsQueries queries,
            AuditLog audit,
            EventLog events,
            SmscLink smsc,
            SmsIntake intake,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.smsc = smsc;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * Validates here, on the request's thread and without a database connection; what needs the database (the
     * target, the limit, the insert, its audit entry and event) is group-committed by {@link SmsIntake}, which
     * answers once the message is durable. An invalid request reads its target first, so an unknown endpoint is a
     * 404 before it is a validation error.
     */
    public SmsMessage send(Caller caller, long endpointId, SmsRequest request) {
        requireWrite(caller, "SMS_SEND", endpointId);
        Instant now = clock.instant();
        Validation v = new Validation();
        SmsBody body = body(request, v);
        int parts = 0;
        if (body != null) {
            parts = SmsEncoder.encode(body.content(), 0).partCount();
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
            try {
                intake.target(caller, endpointId);
            } catch (ApiException e) {
                throw refused(caller, "SMS_SEND", endpointId, e);
            }
            throw refused(caller, "SMS_SEND", endpointId, ApiException.invalid(v.errors()));
        }
        return intake.accept(
                new SmsIntake.Pending(caller, endpointId, body, parts, source, now, expiry, new CompletableFuture<>()));
    }

    /** The request's payload as it will be stored, or null with the reasons in {@code v}. */
    private static SmsBody body(SmsRequest request, Validation v) {
        String payload = request == null ? null : request.payload();
        String encoding = request == null || request.encoding() == null
                ? SmsBody.TEXT
                : request.encoding().strip().toUpperCase(java.util.Locale.ROOT);
        if (payload == null || payload.isEmpty()) {
            v.reject("payload", "is required");
            return null;
        }
        if (SmsBody.TEXT.equals(encoding)) {
            v.require(request.dataCoding() == null, "data_coding", "is for encoding BINARY; text is coded itself");
            v.require(request.udh() == null, "udh", "is for encoding BINARY");
            return v.hasErrors() ? null : SmsBody.text(payload);
        }
        if (!SmsBody.BINARY.equals(encoding)) {
            v.reject("encoding", "is TEXT or BINARY, not " + request.encoding());
            return null;
        }
        int dataCoding = request.dataCoding() == null ? 4 : request.dataCoding();
        v.require(dataCoding >= 0 && dataCoding <= 255, "data_coding", "is an octet, 0 to 255");
        v.require(hex(payload), "payload", "is hexadecimal octets with encoding BINARY");
        String udh = request.udh() == null ? null : request.udh().strip();
        if (udh != null) {
            if (!hex(udh)) {
                v.reject("udh", "is hexadecimal octets");
            } else {
                int udhl = Integer.parseInt(udh.substring(0, 2), 16);
                v.require(
                        udhl == udh.length() / 2 - 1,
                        "udh",
                        "starts with its length octet (UDHL " + udhl + " for " + (udh.length() / 2 - 1)
                                + " octets after it)");
            }
        }
        if (v.hasErrors()) {
            return null;
        }
        return new SmsBody(
                payload.toUpperCase(java.util.Locale.ROOT),
                dataCoding,
                udh == null ? null : udh.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean hex(String s) {
        return !s.isEmpty() && s.length() % 2 == 0 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
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
}
