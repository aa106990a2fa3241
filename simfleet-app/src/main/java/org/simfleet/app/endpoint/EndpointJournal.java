package org.simfleet.app.endpoint;

import org.simfleet.app.api.ApiException;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.stereotype.Component;

/**
 * Writes what an endpoint change leaves behind: audit entries and events in the change's transaction
 * (a SIM assignment also under the SIM's ICCID, where the SIM's history is looked up), or for a refused
 * change an audit entry of its own that survives the rollback.
 */
@Component
class EndpointJournal {

    private static final String OBJECT = "endpoint";

    private final AuditLog audit;
    private final EventLog events;

    EndpointJournal(AuditLog audit, EventLog events) {
        this.audit = audit;
        this.events = events;
    }

    void changed(
            Caller caller,
            String action,
            long endpointId,
            Long simId,
            String oldValue,
            String newValue,
            EventType type,
            String description) {
        audit.record(caller, AuditLog.Change.ok(caller.orgId(), action, OBJECT, endpointId, oldValue, newValue));
        events.publish(EventLog.NewEvent.api(caller.orgId(), type, simId, endpointId, description));
    }

    void simAssigned(Caller caller, long simId, String iccid, long endpointId, String endpointName) {
        audit.record(
                caller, AuditLog.Change.ok(caller.orgId(), "SIM_ASSIGN", "sim", iccid, null, "endpoint=" + endpointId));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(),
                EventType.SIM_ASSIGNED,
                simId,
                endpointId,
                "SIM " + iccid + " assigned to endpoint '" + endpointName + "'"));
    }

    void simReleased(Caller caller, long simId, String iccid, long endpointId, String endpointName) {
        simReleased(caller, caller.orgId(), simId, iccid, endpointId, endpointName);
    }

    /** As above, on record for {@code orgId}, the endpoint's owner, when the caller is another (the operator). */
    void simReleased(Caller caller, long orgId, long simId, String iccid, long endpointId, String endpointName) {
        audit.record(caller, AuditLog.Change.ok(orgId, "SIM_RELEASE", "sim", iccid, "endpoint=" + endpointId, null));
        events.publish(EventLog.NewEvent.api(
                orgId,
                EventType.SIM_RELEASED,
                simId,
                endpointId,
                "SIM " + iccid + " released from endpoint '" + endpointName + "'"));
    }

    /** READ_ONLY is refused by the security filter already; this keeps the rule where the change is made. */
    void requireWrite(Caller caller, String action, Object objectId) {
        try {
            caller.requireWrite();
        } catch (ApiException e) {
            throw refused(caller, action, OBJECT, objectId, e);
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
