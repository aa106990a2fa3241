package org.simfleet.app.endpoint;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.audit.ChangeText;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates, changes and deletes endpoints of the caller's organisation (ADMIN or USER), each request in
 * one transaction with its audit entries and events, so a refused request leaves nothing behind.
 */
@Service
public class EndpointService {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final EndpointQueries queries;
    private final EndpointChecks checks;
    private final EndpointJournal journal;
    private final EndpointAddresses addresses;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    EndpointService(
            JdbcClient jdbc,
            JdbcTemplate batch,
            EndpointQueries queries,
            EndpointChecks checks,
            EndpointJournal journal,
            EndpointAddresses addresses,
            ApplicationEventPublisher publisher,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.queries = queries;
        this.checks = checks;
        this.journal = journal;
        this.addresses = addresses;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Endpoint create(Caller caller, ObjectNode body) {
        journal.requireWrite(caller, "ENDPOINT_CREATE", "new");
        EndpointChecks.Checked c = checks.check(caller, JsonBody.read(json, body, EndpointRequest.class), null);
        EndpointAddresses.Held ip = address(caller, "ENDPOINT_CREATE", "new", null, null, c.settings());
        EndpointSettings s = c.settings().withIpAddress(ip == null ? null : ip.text());
        OffsetDateTime now = now();
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO endpoint (org_id, name, status, imei, imei_lock, ip_address, ip_number, sim_id,
                                              service_policy_id, coverage_policy_id, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caller.orgId(),
                        s.name(),
                        s.status().name(),
                        s.imei(),
                        s.imeiLock(),
                        s.ipAddress(),
                        ip == null ? null : ip.number(),
                        c.simId(),
                        s.servicePolicyId(),
                        s.coveragePolicyId(),
                        now,
                        now)
                .update(key, "id");
        long id = key.getKey().longValue();
        insertTags(id, s.tags());
        journal.changed(
                caller,
                "ENDPOINT_CREATE",
                id,
                c.simId(),
                null,
                ChangeText.of(s.fields()),
                EventType.ENDPOINT_CREATED,
                "Endpoint '" + s.name() + "' created");
        if (c.newSim() != null) {
            journal.simAssigned(caller, c.simId(), c.newSim().iccid(), id, s.name());
        }
        publisher.publishEvent(EndpointsChanged.of(new EndpointsChanged.Change(
                EndpointsChanged.Kind.CREATED, id, caller.orgId(), c.simId(), null, enabled(s.status()), false)));
        return queries.get(caller, id);
    }

    /** A partial change: fields the body names replace the current ones, {@code null} clears imei and sim_iccid. */
    @Transactional
    public Endpoint update(Caller caller, long id, ObjectNode patch) {
        journal.requireWrite(caller, "ENDPOINT_UPDATE", id);
        Endpoint old = queries.get(caller, id);
        EndpointRequest merged = JsonBody.merge(json, EndpointRequest.of(old), patch, EndpointRequest.class);
        EndpointChecks.Checked c = checks.check(caller, merged, old);
        EndpointAddresses.Held ip = address(caller, "ENDPOINT_UPDATE", id, id, old.ipAddress(), c.settings());
        EndpointSettings s = c.settings().withIpAddress(ip == null ? null : ip.text());
        EndpointSettings before = EndpointSettings.of(old);
        ChangeText.Diff diff = ChangeText.between(before.fields(), s.fields());
        if (diff.isEmpty()) {
            return old;
        }
        jdbc.sql(
                        """
                        UPDATE endpoint SET name = ?, status = ?, imei = ?, imei_lock = ?, ip_address = ?, ip_number = ?,
                               sim_id = ?, service_policy_id = ?, coverage_policy_id = ?, updated_at = ?
                        WHERE id = ? AND org_id = ?""")
                .params(
                        s.name(),
                        s.status().name(),
                        s.imei(),
                        s.imeiLock(),
                        s.ipAddress(),
                        ip == null ? null : ip.number(),
                        c.simId(),
                        s.servicePolicyId(),
                        s.coveragePolicyId(),
                        now(),
                        id,
                        caller.orgId())
                .update();
        if (!s.tags().equals(before.tags())) {
            jdbc.sql("DELETE FROM endpoint_tag WHERE endpoint_id = ?").param(id).update();
            insertTags(id, s.tags());
        }
        journal.changed(
                caller,
                "ENDPOINT_UPDATE",
                id,
                c.simId(),
                diff.before(),
                diff.after(),
                EventType.ENDPOINT_UPDATED,
                "Endpoint '" + s.name() + "' updated: " + diff.fields());
        boolean simChanged = c.newSim() != null || (old.sim() != null && s.simIccid() == null);
        if (simChanged && old.sim() != null) {
            journal.simReleased(caller, old.sim().id(), old.sim().iccid(), id, s.name());
        }
        if (c.newSim() != null) {
            journal.simAssigned(caller, c.simId(), c.newSim().iccid(), id, s.name());
        }
        publisher.publishEvent(EndpointsChanged.of(new EndpointsChanged.Change(
                EndpointsChanged.Kind.UPDATED,
                id,
                caller.orgId(),
                c.simId(),
                old.sim() == null ? null : old.sim().id(),
                enabled(s.status()),
                enabled(old.status()))));
        return queries.get(caller, id);
    }

    /** Deleting an endpoint releases its SIM and its address, which can then serve another endpoint. */
    @Transactional
    void delete(Caller caller, long id) {
        journal.requireWrite(caller, "ENDPOINT_DELETE", id);
        Endpoint old = queries.get(caller, id);
        jdbc.sql("DELETE FROM endpoint WHERE id = ? AND org_id = ?")
                .params(id, caller.orgId())
                .update();
        addresses.release(caller.orgId(), old.ipAddress());
        if (old.sim() != null) {
            journal.simReleased(caller, old.sim().id(), old.sim().iccid(), id, old.name());
        }
        journal.changed(
                caller,
                "ENDPOINT_DELETE",
                id,
                old.sim() == null ? null : old.sim().id(),
                ChangeText.of(EndpointSettings.of(old).fields()),
                null,
                EventType.ENDPOINT_DELETED,
                "Endpoint '" + old.name() + "' deleted");
        publisher.publishEvent(EndpointsChanged.of(new EndpointsChanged.Change(
                EndpointsChanged.Kind.DELETED,
                id,
                caller.orgId(),
                null,
                old.sim() == null ? null : old.sim().id(),
                false,
                enabled(old.status()))));
    }

    /** The address the endpoint holds after the change; a conflict over it stays on record like other refusals. */
    private EndpointAddresses.Held address(
            Caller caller, String action, Object objectId, Long id, String current, EndpointSettings wanted) {
        try {
            return addresses.assign(caller.orgId(), id, current, wanted.ipAddress());
        } catch (ApiException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                throw journal.refused(caller, action, "endpoint", objectId, e);
            }
            throw e;
        }
    }

    private static boolean enabled(EndpointStatus status) {
        return status == EndpointStatus.ENABLED;
    }

    private void insertTags(long endpointId, List<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        batch.batchUpdate("INSERT INTO endpoint_tag (endpoint_id, tag) VALUES (?, ?)", tags, tags.size(), (ps, tag) -> {
            ps.setLong(1, endpointId);
            ps.setString(2, tag);
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
