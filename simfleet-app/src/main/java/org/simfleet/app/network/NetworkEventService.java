package org.simfleet.app.network;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.policy.CoveragePolicy;
import org.simfleet.app.policy.Policies;
import org.simfleet.app.tenant.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a batch of network events from the HLR/HSS: decides each location update against the SIM, its endpoint and
 * its coverage policy, moves each SIM's registration, and logs one event per network event in the SIM's organisation,
 * all in one transaction. The SQL is per batch, not per event: three reads and at most three JDBC batches.
 */
@Service
class NetworkEventService {

    static final String PATH = "/api/v1/network/events";

    private final Subscribers subscribers;
    private final Policies policies;
    private final RegistrationStore registrations;
    private final EventLog events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    NetworkEventService(
            Subscribers subscribers,
            Policies policies,
            RegistrationStore registrations,
            EventLog events,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock) {
        this.subscribers = subscribers;
        this.policies = policies;
        this.registrations = registrations;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    NetworkEventResult.Batch report(Caller caller, ObjectNode body) {
        OperatorResources.requireOperator(caller, PATH);
        if (!caller.role().canReportNetworkEvents()) {
            throw ApiException.forbidden("Role " + caller.role() + " cannot report network events");
        }
        // microseconds: what both databases keep, so a stored time compares equal to the event's own
        List<NetworkEvent> batch = NetworkEventParser.parse(
                JsonBody.read(json, body, NetworkEventBatch.class),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            return transactions.execute(status -> apply(caller, batch));
        } catch (DuplicateKeyException e) {
            // Another batch registered one of these SIMs for the first time meanwhile; now its row exists and is
            // locked like any other, so a second run cannot meet the same race.
            return transactions.execute(status -> apply(caller, batch));
        }
    }

    private NetworkEventResult.Batch apply(Caller caller, List<NetworkEvent> batch) {
        Set<String> imsis = new LinkedHashSet<>();
        batch.forEach(e -> imsis.add(e.imsi()));
        Map<String, Subscriber> sims = subscribers.byImsi(imsis);
        Map<Long, CoveragePolicy> coverage = policies.coverages(sims.values().stream()
                .map(Subscriber::coveragePolicyId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, Registration> read = registrations.lock(
                sims.values().stream().map(Subscriber::simId).sorted().toList());
        Map<Long, Registration> current = new HashMap<>(read);
        List<NetworkEventResult> results = new ArrayList<>(batch.size());
        List<EventLog.Dated> logged = new ArrayList<>(batch.size());
        for (NetworkEvent e : batch) {
            Subscriber sim = sims.get(e.imsi());
            if (sim == null) {
                results.add(new NetworkEventResult(
                        e.index(), e.imsi(), NetworkEventResult.Outcome.UNKNOWN_SIM, "no SIM has IMSI " + e.imsi()));
                continue;
            }
            // the operator's stock belongs to the operator, which sees its events
            long orgId = sim.orgId() != null ? sim.orgId() : caller.orgId();
            Registration before = current.get(sim.simId());
            EventLog.NewEvent event;
            if (e.type().isLocationUpdate()) {
                CoveragePolicy policy = sim.coveragePolicyId() == null ? null : coverage.get(sim.coveragePolicyId());
                LocationDecision decision = LocationDecision.decide(sim, policy, e);
                current.put(sim.simId(), Registration.afterLocationUpdate(before, sim.simId(), orgId, e, decision));
                results.add(new NetworkEventResult(
                        e.index(),
                        e.imsi(),
                        decision.allowed() ? NetworkEventResult.Outcome.ALLOWED : NetworkEventResult.Outcome.REJECTED,
                        decision.reason()));
                event = decision.allowed()
                        ? networkEvent(orgId, e.type().eventType, EventLog.Severity.INFO, sim, e, decision)
                        : networkEvent(
                                orgId, EventType.UPDATE_LOCATION_REJECTED, EventLog.Severity.WARN, sim, e, decision);
            } else if (e.type().isDetach()) {
                String kept = Registration.namesAnotherNode(before, e) ? before.node() : null;
                Registration after = Registration.afterDetach(before, sim.simId(), orgId, e);
                if (after != null) {
                    current.put(sim.simId(), after);
                }
                results.add(new NetworkEventResult(
                        e.index(),
                        e.imsi(),
                        NetworkEventResult.Outcome.RECORDED,
                        kept == null ? null : "SIM stays registered at node " + kept));
                event = new EventLog.NewEvent(
                        orgId,
                        e.type().eventType,
                        EventLog.Severity.INFO,
                        EventLog.Source.NETWORK,
                        sim.simId(),
                        sim.endpointId(),
                        NetworkEventText.detach(e, kept));
            } else {
                results.add(new NetworkEventResult(e.index(), e.imsi(), NetworkEventResult.Outcome.RECORDED, null));
                event = new EventLog.NewEvent(
                        orgId,
                        e.type().eventType,
                        EventLog.Severity.WARN,
                        EventLog.Source.NETWORK,
                        sim.simId(),
                        sim.endpointId(),
                        NetworkEventText.authenticationFailure(e));
            }
            logged.add(new EventLog.Dated(event, e.occurredAt()));
        }
        registrations.save(read, current.values());
        events.publishDated(logged);
        return new NetworkEventResult.Batch(results);
    }

    private static EventLog.NewEvent networkEvent(
            long orgId,
            EventType type,
            EventLog.Severity severity,
            Subscriber sim,
            NetworkEvent e,
            LocationDecision decision) {
        return new EventLog.NewEvent(
                orgId,
                type,
                severity,
                EventLog.Source.NETWORK,
                sim.simId(),
                sim.endpointId(),
                NetworkEventText.locationUpdate(e, decision));
    }
}
