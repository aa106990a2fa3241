package org.simfleet.app.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Validation;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.sim.SimLifecycle.Outcome;
import org.simfleet.app.sim.SimLifecycle.Result;
import org.simfleet.app.sim.StateChangeStore.Counts;
import org.simfleet.app.sim.StateChangeStore.Status;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk and scheduled state changes: a selector of SIMs and a target state, run now with one result per
 * SIM (partial success is normal), or kept until its effective date and then run as the caller who
 * asked for it.
 */
@Service
public class StateChanges {

    public record BulkRequest(
            String targetState, List<String> iccids, String bic, SimFilter.Raw filter, Instant effectiveAt) {}

    /**
     * A state change as the API shows it. {@code succeeded} SIMs changed, {@code failed} were refused or
     * not found, {@code unchanged} were in the target state already; {@code results} only in the answer
     * to a change run now, {@code selector} only where one change is shown without results.
     */
    public record StateChange(
            long id,
            Status status,
            SimState targetState,
            Instant effectiveAt,
            Instant createdAt,
            Instant completedAt,
            String requestedBy,
            Integer requested,
            Integer succeeded,
            Integer failed,
            Integer unchanged,
            Selector selector,
            List<Result> results) {}

    private final StateChangeStore store;
    private final SimTargets targets;
    private final SimLifecycle lifecycle;
    private final AuditLog audit;
    private final EventLog events;
    private final JsonMapper json;
    private final Clock clock;

    StateChanges(
            StateChangeStore store,
            SimTargets targets,
            SimLifecycle lifecycle,
            AuditLog audit,
            EventLog events,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.targets = targets;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Runs a bulk change now, or schedules it when {@code effective_at} is given. */
    @Transactional
    public StateChange submit(Caller caller, BulkRequest body) {
        caller.requireWrite();
        InputErrors errors = new InputErrors();
        SimState to = targetState(errors, "target_state", body.targetState());
        Selector selector = new Selector(body.iccids(), body.bic(), body.filter()).check(caller, errors);
        checkEffectiveAt(errors, body.effectiveAt());
        errors.throwIfAny("nothing was changed");
        requireMayReach(caller, to);
        if (body.effectiveAt() != null) {
            if (selector.bic() != null) {
                targets.requireBatch(caller, selector.bic());
            }
            return schedule(caller, selector, to, body.effectiveAt());
        }
        OffsetDateTime now = now();
        List<Result> results = resolveAndApply(caller, selector, to, EventLog.Source.API);
        long id = store.insert(
                caller, to, json.writeValueAsString(selector), now, Status.COMPLETED, now, counts(results));
        return view(store.find(caller, id).orElseThrow(), results);
    }

    /** Schedules the change of one SIM ({@code PATCH} with {@code effective_at}). */
    @Transactional
    StateChange scheduleOne(Caller caller, String iccid, SimState to, Instant effectiveAt) {
        caller.requireWrite();
        targets.one(caller, iccid);
        requireMayReach(caller, to);
        return schedule(caller, Selector.ofIccid(iccid), to, effectiveAt);
    }

    List<StateChange> page(Caller caller, Status status, PageQuery page) {
        return store.page(caller, status, page).stream().map(r -> view(r, null)).toList();
    }

    long count(Caller caller, Status status) {
        return store.count(caller, status);
    }

    StateChange get(Caller caller, long id) {
        return view(store.find(caller, id).orElseThrow(() -> ApiException.notFound("State change", id)), null);
    }

    @Transactional
    void cancel(Caller caller, long id) {
        caller.requireWrite();
        store.find(caller, id).orElseThrow(() -> ApiException.notFound("State change", id));
        if (!store.leaveScheduled(id, Status.CANCELED, now())) {
            Status status = store.find(caller, id).orElseThrow().status();
            throw ApiException.conflict(
                    "State change " + id + " is " + status + "; only a SCHEDULED change can be canceled");
        }
        audit.record(
                caller,
                AuditLog.Change.ok(
                        caller.orgId(),
                        "SIM_STATE_CHANGE_CANCEL",
                        "sim_state_change",
                        id,
                        Status.SCHEDULED,
                        Status.CANCELED));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(),
                EventType.SIM_STATE_CHANGE_CANCELED,
                null,
                null,
                "Scheduled SIM state change " + id + " canceled"));
    }

    /** Runs a due scheduled change as the caller who asked for it; nothing when it was canceled or taken. */
    @Transactional
    void runScheduled(long id) {
        StateChangeStore.Row row = store.find(id).orElse(null);
        if (row == null || !store.leaveScheduled(id, Status.COMPLETED, now())) {
            return;
        }
        Selector selector = json.readValue(row.selector(), Selector.class);
        List<Result> results = resolveAndApply(row.requester(), selector, row.targetState(), EventLog.Source.SYSTEM);
        store.recordCounts(id, counts(results));
    }

    /** Marks a scheduled change that could not run as FAILED, on record for its requester's organisation. */
    @Transactional
    void markFailed(long id, String reason) {
        StateChangeStore.Row row = store.find(id).orElse(null);
        if (row == null || !store.leaveScheduled(id, Status.FAILED, now())) {
            return;
        }
        long org = row.requester().orgId();
        audit.record(
                row.requester(),
                AuditLog.Change.refused(org, "SIM_STATE_CHANGE_RUN", "sim_state_change", id, Status.SCHEDULED, reason));
        events.publish(new EventLog.NewEvent(
                org,
                EventType.SIM_STATE_CHANGE,
                EventLog.Severity.WARN,
                EventLog.Source.SYSTEM,
                null,
                null,
                "Scheduled SIM state change " + id + " failed: " + reason));
    }

    static SimState targetState(InputErrors errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add(-1, field, "is required");
            return null;
        }
        Validation v = new Validation();
        SimState state = Validation.parseEnum(v, field, raw, SimState.class);
        v.errors().forEach(e -> errors.add(-1, e.field(), e.reason()));
        return state;
    }

    void checkEffectiveAt(InputErrors errors, Instant effectiveAt) {
        if (effectiveAt != null && !effectiveAt.isAfter(clock.instant())) {
            errors.add(-1, "effective_at", "must be in the future; leave it out to change the state now");
        }
    }

    private static void requireMayReach(Caller caller, SimState to) {
        if (to == SimState.TERMINATED && caller.role() != Role.ADMIN) {
            throw SimLifecycle.terminationNeedsAdmin(caller);
        }
    }

    private StateChange schedule(Caller caller, Selector selector, SimState to, Instant effectiveAt) {
        OffsetDateTime at = effectiveAt.atOffset(ZoneOffset.UTC);
        long id = store.insert(caller, to, json.writeValueAsString(selector), at, Status.SCHEDULED, now(), null);
        String what = selector.iccids() != null
                ? (selector.iccids().size() == 1
                        ? "SIM " + selector.iccids().get(0)
                        : selector.iccids().size() + " SIMs")
                : selector.bic() != null ? "batch " + selector.bic() : "the SIMs a filter selects then";
        audit.record(
                caller,
                AuditLog.Change.ok(
                        caller.orgId(),
                        "SIM_STATE_CHANGE_SCHEDULE",
                        "sim_state_change",
                        id,
                        null,
                        to + " at " + effectiveAt + " for " + what));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(),
                EventType.SIM_STATE_CHANGE_SCHEDULED,
                null,
                null,
                "Change to " + to + " scheduled for " + effectiveAt + ": " + what));
        return view(store.find(caller, id).orElseThrow(), null);
    }

    /** The selector's SIMs changed; one result per SIM, in ICCID-list order for a list, NOT_FOUND included. */
    private List<Result> resolveAndApply(Caller caller, Selector selector, SimState to, EventLog.Source source) {
        if (selector.iccids() == null) {
            List<SimLifecycle.Target> sims;
            if (selector.bic() != null) {
                sims = targets.byBic(caller, selector.bic());
            } else {
                Validation v = new Validation();
                SimFilter filter = SimFilter.parse(selector.filter(), caller, v, "filter.");
                v.throwIfInvalid();
                sims = targets.byFilter(caller, filter);
            }
            return lifecycle.apply(caller, sims, to, source, true);
        }
        Map<String, SimLifecycle.Target> found = targets.byIccids(caller, selector.iccids());
        List<SimLifecycle.Target> present = selector.iccids().stream()
                .filter(found::containsKey)
                .map(found::get)
                .toList();
        Iterator<Result> applied =
                lifecycle.apply(caller, present, to, source, true).iterator();
        List<Result> results = new ArrayList<>(selector.iccids().size());
        for (String iccid : selector.iccids()) {
            results.add(
                    found.containsKey(iccid)
                            ? applied.next()
                            : new Result(iccid, Outcome.NOT_FOUND, null, "no such SIM"));
        }
        return results;
    }

    private static Counts counts(List<Result> results) {
        int succeeded = 0;
        int failed = 0;
        for (Result r : results) {
            succeeded += r.result() == Outcome.CHANGED ? 1 : 0;
            failed += r.result() == Outcome.REFUSED || r.result() == Outcome.NOT_FOUND ? 1 : 0;
        }
        return new Counts(results.size(), succeeded, failed);
    }

    private StateChange view(StateChangeStore.Row r, List<Result> results) {
        Counts c = r.counts();
        return new StateChange(
                r.id(),
                r.status(),
                r.targetState(),
                r.effectiveAt(),
                r.createdAt(),
                r.completedAt(),
                r.requester().actorName(),
                c == null ? null : c.requested(),
                c == null ? null : c.succeeded(),
                c == null ? null : c.failed(),
                c == null ? null : c.requested() - c.succeeded() - c.failed(),
                results != null || r.selector() == null ? null : json.readValue(r.selector(), Selector.class),
                results);
    }

    private OffsetDateTime now() {
        return SimRows.now(clock);
    }
}
