package org.simfleet.app.sms;

import java.time.Clock;
import java.time.Instant;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The platform operator's ADMIN reads and changes the SMSC connection; the link reconnects after the commit. */
@Service
public class SmscService {

    private final SmscSettingsStore store;
    private final SmscLink link;
    private final AuditLog audit;
    private final EventLog events;
    private final Clock clock;

    SmscService(SmscSettingsStore store, SmscLink link, AuditLog audit, EventLog events, Clock clock) {
        this.store = store;
        this.link = link;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public SmscView get(Caller caller) {
        requireOperatorAdmin(caller);
        return SmscView.of(link.settings(), link.state());
    }

    @Transactional
    public SmscView put(Caller caller, SmscRequest r) {
        requireOperatorAdmin(caller);
        SmscSettings old = store.load().map(SmscSettingsStore.Stored::settings).orElse(null);
        String password = r.password() != null ? r.password() : old == null ? null : old.password();
        SmscSettings s = new SmscSettings(
                r.host() == null ? null : r.host().strip(),
                r.port() == null ? 2775 : r.port(),
                r.systemId(),
                password,
                r.systemType() == null ? "" : r.systemType(),
                r.defaultSourceAddress(),
                r.window() == null ? 50 : r.window(),
                r.maxPerSecond() == null ? 0 : r.maxPerSecond(),
                r.enabled() == null || r.enabled());
        Validation v = new Validation();
        SmscSettings.check(s, v);
        if (v.hasErrors()) {
            ApiException e = ApiException.invalid(v.errors());
            audit.recordRefusal(
                    caller,
                    AuditLog.Change.refused(
                            caller.orgId(), "SMSC_UPDATE", "smsc", 1, old, "refused: " + e.getMessage()));
            throw e;
        }
        // as the database keeps it, so that SmscLink recognises the row it reads back as the version it applied
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        store.save(s, now);
        audit.record(caller, AuditLog.Change.ok(caller.orgId(), "SMSC_UPDATE", "smsc", 1, old, s));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(), EventType.SMSC_CHANGED, null, null, "SMSC set to " + s.host() + ":" + s.port()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                link.apply(s, now);
            }
        });
        return SmscView.of(s, s.enabled() ? SmscLink.LinkState.CONNECTING : SmscLink.LinkState.DISABLED);
    }

    private static void requireOperatorAdmin(Caller caller) {
        caller.requireOperator();
        caller.requireAdmin();
    }
}
