package org.simfleet.app.audit;

import java.util.Locale;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.history.LogFilter;
import org.simfleet.app.history.TimeWindow;
import org.simfleet.app.tenant.Caller;

/**
 * The filters of an audit query, all optional. {@code actor} matches part of the actor's name (an
 * e-mail address or a token's description), ignoring case; the others match exactly.
 */
public record AuditFilter(
        String action,
        String objectType,
        String objectId,
        String actor,
        String result,
        TimeWindow window,
        Long organisationId) {

    public AuditFilter {
        if (result != null) {
            result = result.strip().toUpperCase(Locale.ROOT);
            if (!result.equals("SUCCESS") && !result.equals("FAILURE")) {
                throw ApiException.badRequest("result", "must be SUCCESS or FAILURE");
            }
        }
    }

    /** The same filters narrowed to one object, for the per-SIM and per-endpoint views. */
    AuditFilter of(String type, String id) {
        return new AuditFilter(action, type, id, actor, result, window, organisationId);
    }

    LogFilter where(Caller caller) {
        return new LogFilter()
                .organisations(caller, "org_id", organisationId)
                .equal("action", blankToNull(action))
                .equal("object_type", blankToNull(objectType))
                .equal("object_id", blankToNull(objectId))
                .containsIgnoringCase("actor_name", actor)
                .equal("result", result)
                .within("occurred_at", window);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
