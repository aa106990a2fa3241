package org.simfleet.app.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer takes a batch over by its BIC, as emnify customers register the SIMs they received: the
 * batch's SIMs still in INVENTORY become the customer's, in state REGISTERED.
 */
@Service
public class SimRegistration {

    public record RegisterRequest(String bic) {}

    /** @param simCount the batch's size; {@code registered} of them were still in the inventory and moved */
    public record Registered(String bic, int simCount, int registered, Instant registeredAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventLog events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    SimRegistration(
            JdbcClient jdbc, AuditLog audit, EventLog events, Clock clock, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    private record Moving(long id, String iccid) {}

    private record BatchRow(long id, Long orgId, int simCount) {}

    @Transactional
    public Registered register(Caller caller, RegisterRequest body) {
        caller.requireWrite();
        if (caller.isOperator()) {
            throw ApiException.forbidden(
                    "The platform operator owns the inventory already; a customer registers a BIC");
        }
        Validation v = new Validation();
        String bic = v.requiredText("bic", body.bic(), 64);
        v.throwIfInvalid();
        BatchRow batch = jdbc.sql("SELECT id, org_id, sim_count FROM sim_batch WHERE bic = ?")
                .param(bic)
                .query((rs, n) -> new BatchRow(rs.getLong("id"), SimRows.nullableLong(rs, "org_id"), rs.getInt(3)))
                .optional()
                // A batch another customer registered is not shown to exist: the BIC is its owner's secret.
                .filter(b -> b.orgId() == null || b.orgId() == caller.orgId())
                .orElseThrow(() -> ApiException.notFound("Batch with BIC", bic));
        OffsetDateTime now = SimRows.now(clock);
        // The optimistic claim makes two concurrent registrations of one BIC end with exactly one owner.
        int claimed = jdbc.sql("UPDATE sim_batch SET org_id = ?, registered_at = ? WHERE id = ? AND org_id IS NULL")
                .params(caller.orgId(), now, batch.id())
                .update();
        if (claimed == 0) {
            throw ApiException.conflict("The batch with BIC " + bic + " is registered already");
        }
        List<Moving> moving = jdbc.sql(
                        """
                        SELECT id, iccid FROM sim WHERE batch_id = ? AND state = 'INVENTORY' AND org_id IS NULL
                        ORDER BY iccid""")
                .param(batch.id())
                .query((rs, n) -> new Moving(rs.getLong("id"), rs.getString("iccid")))
                .list();
        List<String> iccids = moving.stream().map(Moving::iccid).toList();
        int moved = jdbc.sql(
                        """
                        UPDATE sim SET org_id = ?, state = 'REGISTERED', state_changed_at = ?
                        WHERE batch_id = ? AND state = 'INVENTORY' AND org_id IS NULL""")
                .params(caller.orgId(), now, batch.id())
                .update();
        if (moved != iccids.size()) {
            // The operator changed one of the batch's SIMs between the two statements; the audit would be wrong.
            throw ApiException.conflict(
                    "The batch's SIMs changed while registering; nothing was registered, try again");
        }
        List<AuditLog.Change> changes = new ArrayList<>(iccids.size() + 1);
        changes.add(AuditLog.Change.ok(
                caller.orgId(), "SIM_BATCH_REGISTER", "sim_batch", bic, null, iccids.size() + " SIMs registered"));
        for (String iccid : iccids) {
            changes.add(AuditLog.Change.ok(
                    caller.orgId(), "SIM_REGISTER", "sim", iccid, SimState.INVENTORY, SimState.REGISTERED));
        }
        audit.recordAll(caller, changes);
        events.publish(EventLog.NewEvent.api(
                caller.orgId(),
                EventType.SIMS_REGISTERED,
                null,
                null,
                "Batch " + bic + " registered: " + iccids.size() + " SIMs"));
        publisher.publishEvent(
                new SimStatesChanged(moving.stream().map(Moving::id).toList(), SimState.REGISTERED));
        return new Registered(bic, batch.simCount(), iccids.size(), now.toInstant());
    }
}
