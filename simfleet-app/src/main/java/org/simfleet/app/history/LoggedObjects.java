package org.simfleet.app.history;

import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers whether the SIM or endpoint a per-object log view names is the caller's to see, before any
 * log row is read: a SIM belongs to the operator's inventory and to the customer it is assigned to; an
 * endpoint only to its organisation. Anything else answers 404, exactly like an object that does not
 * exist, so the view does not reveal other organisations' objects.
 */
@Component
public class LoggedObjects {

    private final JdbcClient jdbc;

    LoggedObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the SIM with this ICCID, if the caller may see it. */
    public long visibleSim(Caller caller, String iccid) {
        return jdbc.sql("SELECT id FROM sim WHERE iccid = ? AND (? OR org_id = ?)")
                .params(iccid, caller.isOperator(), caller.orgId())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> ApiException.notFound("SIM", iccid));
    }

    /** Throws 404 unless the endpoint belongs to the caller's organisation. */
    public void requireVisibleEndpoint(Caller caller, long id) {
        boolean visible = jdbc.sql("SELECT COUNT(*) FROM endpoint WHERE id = ? AND org_id = ?")
                        .params(id, caller.orgId())
                        .query(Long.class)
                        .single()
                > 0;
        if (!visible) {
            throw ApiException.notFound("Endpoint", id);
        }
    }
}
