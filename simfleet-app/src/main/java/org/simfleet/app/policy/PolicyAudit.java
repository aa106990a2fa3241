package org.simfleet.app.policy;

import org.simfleet.app.api.ApiException;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.stereotype.Component;

/**
 * Writes what a policy change leaves behind: an audit entry and a POLICY_CHANGED event in the change's
 * transaction, or for a refused change an audit entry of its own that survives the rollback.
 */
@Component
class PolicyAudit {

    private final AuditLog audit;
    private final EventLog events;

    PolicyAudit(AuditLog audit, EventLog events) {
        this.audit = audit;
        this.events = events;
    }

    void changed(
            Caller caller,
            String action,
            String objectType,
            long id,
            String oldValue,
            String newValue,
            String description) {
        audit.record(caller, AuditLog.Change.ok(caller.orgId(), action, objectType, id, oldValue, newValue));
        events.publish(EventLog.NewEvent.api(caller.orgId(), EventType.POLICY_CHANGED, null, null, description));
    }

    /** Policies change what every device on them may do, so only an organisation's ADMIN may write them. */
    void requireAdmin(Caller caller, String action, String objectType, Object objectId) {
        try {
            caller.requireAdmin();
        } catch (ApiException e) {
            throw refused(caller, action, objectType, objectId, e);
        }
    }

    /** Records the refusal of a change and returns the error to throw. */
    ApiException refused(Caller caller, String action, String objectType, Object objectId, ApiException e) {
        audit.recordRefusal(
                caller,
                AuditLog.Change.refused(
                        caller.orgId(), action, objectType, objectId, null, "refused: " + e.getMessage()));
        return e;
    }
}
