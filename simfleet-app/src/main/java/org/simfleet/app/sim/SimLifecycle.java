package org.simfleet.app.sim;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves SIMs between {@link SimState}s: decides each SIM's change in Java against the transition table,
 * then writes the changes, their audit entries and events as JDBC batches in the caller's transaction.
 * Every UPDATE names the state it was decided from, so of two concurrent changes of one SIM only one
 * wins and the other is reported, never silently applied on top.
 */
@Service
class SimLifecycle {

    /** A SIM as a state change sees it; {@code orgId} is null for inventory. */
    record Target(long id, String iccid, SimState state, Long orgId, Long endpointId) {}

    public enum Outcome {
        CHANGED,
        REFUSED,
        NOT_FOUND,
        UNCHANGED
    }

    /** What happened to one SIM of a change; {@code fromState} is null when the SIM was not found. */
    public record Result(String iccid, Outcome result, SimState fromState, String reason) {}

    static final String ACTION = "SIM_STATE_CHANGE";

    private static final String UPDATE = "UPDATE sim SET state = ?, state_changed_at = ? WHERE id = ? AND state = ?";
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final SimTargets targets;
    private final SimQueries queries;
    private final AuditLog audit;
    private final EventLog events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    SimLifecycle(
            JdbcTemplate jdbc,
            SimTargets targets,
            SimQueries queries,
            AuditLog audit,
            EventLog events,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.targets = targets;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Changes one SIM now; a refusal answers 403 or 409 and stays on record although nothing changes. */
    @Transactional
    Sim changeOne(Caller caller, String iccid, SimState to) {
        caller.requireWrite();
        Target sim = targets.one(caller, iccid);
        AuditLog.Change refusal = AuditLog.Change.refused(ownerOf(sim, caller), ACTION, "sim", iccid, sim.state(), to);
        if (to == SimState.TERMINATED && caller.role() != Role.ADMIN) {
            audit.recordRefusal(caller, refusal);
            throw terminationNeedsAdmin(caller);
        }
        Result result =
                apply(caller, List.of(sim), to, EventLog.Source.API, false).get(0);
        if (result.result() != Outcome.CHANGED) {
            audit.recordRefusal(caller, refusal);
            throw ApiException.conflict(
                    "SIM " + iccid + ": " + result.reason(),
                    Map.of(
                            "current_state", sim.state().name(),
                            "allowed_transitions",
                                    sim.state().changeableTo().stream()
                                            .map(SimState::name)
                                            .toList()));
        }
        return queries.get(caller, iccid);
    }

    /**
     * Changes every target that may move to {@code to} and reports each target's outcome, in order.
     *
     * @param recordRefusals whether refused SIMs get an audit entry with result FAILURE in this
     *     transaction (bulk changes, which commit); a single change records its refusal on its own
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Result> apply(Caller caller, List<Target> sims, SimState to, EventLog.Source source, boolean recordRefusals) {
        Result[] results = new Result[sims.size()];
        List<Integer> changing = new ArrayList<>();
        for (int i = 0; i < sims.size(); i++) {
            Target t = sims.get(i);
            if (t.state() == to) {
                results[i] = new Result(
                        t.iccid(), Outcome.UNCHANGED, t.state(), t.state().refusal(to));
            } else if (!t.state().canChangeTo(to)) {
                results[i] = new Result(
                        t.iccid(), Outcome.REFUSED, t.state(), t.state().refusal(to));
            } else {
                changing.add(i);
            }
        }
        OffsetDateTime now = SimRows.now(clock);
        int[][] counts = jdbc.batchUpdate(UPDATE, changing, BATCH, (ps, i) -> {
            ps.setString(1, to.name());
            ps.setObject(2, now);
            ps.setLong(3, sims.get(i).id());
            ps.setString(4, sims.get(i).state().name());
        });
        List<AuditLog.Change> entries = new ArrayList<>(changing.size());
        List<EventLog.NewEvent> happened = new ArrayList<>(changing.size());
        List<Long> terminated = new ArrayList<>();
        List<Long> changed = new ArrayList<>(changing.size());
        int[] updated = Arrays.stream(counts).flatMapToInt(Arrays::stream).toArray();
        for (int k = 0; k < changing.size(); k++) {
            Target t = sims.get(changing.get(k));
            long org = ownerOf(t, caller);
            if (updated[k] == 0) {
                results[changing.get(k)] = new Result(
                        t.iccid(), Outcome.REFUSED, t.state(), "another request changed the SIM meanwhile; try again");
                continue;
            }
            results[changing.get(k)] = new Result(t.iccid(), Outcome.CHANGED, t.state(), null);
            changed.add(t.id());
            if (to == SimState.TERMINATED) {
                terminated.add(t.id());
            }
            entries.add(AuditLog.Change.ok(org, ACTION, "sim", t.iccid(), t.state(), to));
            happened.add(new EventLog.NewEvent(
                    org,
                    EventType.SIM_STATE_CHANGE,
                    EventLog.Severity.INFO,
                    source,
                    t.id(),
                    t.endpointId(),
                    "SIM " + t.iccid() + " changed from " + t.state() + " to " + to));
        }
        if (recordRefusals) {
            for (int i = 0; i < results.length; i++) {
                if (results[i].result() == Outcome.REFUSED) {
                    Target t = sims.get(i);
                    entries.add(AuditLog.Change.refused(ownerOf(t, caller), ACTION, "sim", t.iccid(), t.state(), to));
                }
            }
        }
        audit.recordAll(caller, entries);
        events.publishAll(happened);
        if (!terminated.isEmpty()) {
            publisher.publishEvent(new SimsTerminated(caller, terminated));
        }
        if (!changed.isEmpty()) {
            publisher.publishEvent(new SimStatesChanged(changed, to));
        }
        return List.of(results);
    }

    static ApiException terminationNeedsAdmin(Caller caller) {
        return ApiException.forbidden("Only an ADMIN may terminate SIMs; your role is " + caller.role());
    }

    /** The organisation that sees a SIM's audit entries and events: its owner, or the operator for inventory. */
    private static long ownerOf(Target t, Caller caller) {
        return t.orgId() != null ? t.orgId() : caller.orgId();
    }
}
