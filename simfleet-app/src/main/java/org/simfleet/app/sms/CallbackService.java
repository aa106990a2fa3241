package org.simfleet.app.sms;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** An organisation's ADMIN sets, reads and removes the callback that receives its MO messages and delivery reports. */
@Service
class CallbackService {

    /** What GET shows: the secret is write-only. */
    record CallbackView(String url, boolean secretSet) {}

    record CallbackRequest(String url, String secret) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventLog events;
    private final Clock clock;
    private final CallbackDispatcher dispatcher;

    CallbackService(JdbcClient jdbc, AuditLog audit, EventLog events, Clock clock, CallbackDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    CallbackView get(Caller caller, long orgId) {
        requireOwn(caller, orgId);
        return jdbc.sql("SELECT url FROM sms_callback WHERE org_id = ?")
                .param(orgId)
                .query((rs, n) -> new CallbackView(rs.getString(1), true))
                .optional()
                .orElseThrow(() -> ApiException.notFound("SMS callback of organisation", orgId));
    }

    @Transactional
    CallbackView put(Caller caller, long orgId, CallbackRequest r) {
        requireOwn(caller, orgId);
        caller.requireAdmin();
        Validation v = new Validation();
        String url = r == null ? null : v.requiredText("url", r.url(), 2000);
        String secret = r == null ? null : v.requiredText("secret", r.secret(), 200);
        if (url != null && !v.hasErrors()) {
            try {
                URI u = URI.create(url);
                v.require(
                        ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null,
                        "url",
                        "must be an absolute http or https URL");
            } catch (IllegalArgumentException e) {
                v.reject("url", "is not a URL: " + e.getMessage());
            }
        }
        if (secret != null && secret.length() < 16) {
            v.reject("secret", "must be at least 16 characters");
        }
        if (v.hasErrors()) {
            ApiException e = ApiException.invalid(v.errors());
            audit.recordRefusal(
                    caller,
                    AuditLog.Change.refused(orgId, "SMS_CALLBACK_SET", "organisation", orgId, null, e.getMessage()));
            throw e;
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        String old = jdbc.sql("SELECT url FROM sms_callback WHERE org_id = ?")
                .param(orgId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (old == null) {
            jdbc.sql("INSERT INTO sms_callback (org_id, url, secret, updated_at) VALUES (?, ?, ?, ?)")
                    .params(orgId, url, secret, now)
                    .update();
        } else {
            jdbc.sql("UPDATE sms_callback SET url = ?, secret = ?, updated_at = ? WHERE org_id = ?")
                    .params(url, secret, now, orgId)
                    .update();
        }
        settingsChanged();
        journal(caller, orgId, old, url, "SMS callback set to " + url);
        return new CallbackView(url, true);
    }

    @Transactional
    void delete(Caller caller, long orgId) {
        CallbackView current = get(caller, orgId);
        caller.requireAdmin();
        jdbc.sql("DELETE FROM sms_callback WHERE org_id = ?").param(orgId).update();
        settingsChanged();
        journal(caller, orgId, current.url(), null, "SMS callback removed");
    }

    /**
     * The dispatcher's snapshot of the settings is dropped now and again once this transaction committed, so that a
     * writer that read the old row in between does not keep it.
     */
    private void settingsChanged() {
        dispatcher.targetsChanged();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.targetsChanged();
            }
        });
    }

    private void journal(Caller caller, long orgId, String old, String url, String description) {
        audit.record(
                caller,
                AuditLog.Change.ok(
                        orgId,
                        "SMS_CALLBACK_SET",
                        "organisation",
                        orgId,
                        old == null ? null : Map.of("url", old),
                        url == null ? null : Map.of("url", url)));
        events.publish(EventLog.NewEvent.api(orgId, EventType.SMS_CALLBACK_CHANGED, null, null, description));
    }

    /** Each organisation sets its own callback; another's answers 404, as every object of another organisation. */
    private static void requireOwn(Caller caller, long orgId) {
        if (caller.orgId() != orgId) {
            throw ApiException.notFound("Organisation", orgId);
        }
    }
}
