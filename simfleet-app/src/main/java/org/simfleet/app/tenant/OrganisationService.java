package org.simfleet.app.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.api.Validation;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.kernel.Ipv4Block;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customer organisations, created by the platform operator together with their first admin. A
 * customer sees only itself; the operator sees every organisation.
 */
@Service
public class OrganisationService {

    record CreateOrganisation(String name, String adminEmail, String adminPassword, String adminName, String ipPool) {}

    /** What a PATCH may change: the address pool (null removes it). */
    record UpdateOrganisation(String ipPool) {}

    /** A new organisation with its first admin; the admin's password appears here only when generated. */
    record CreatedOrganisation(
            long id,
            String name,
            OrgKind kind,
            Long parentId,
            @JsonInclude(JsonInclude.Include.ALWAYS) String ipPool,
            java.time.Instant createdAt,
            UserService.User admin) {}

    private final JdbcClient jdbc;
    private final UserService users;
    private final AddressPools pools;
    private final AuditLog audit;
    private final EventLog events;
    private final JsonMapper json;
    private final Clock clock;

    OrganisationService(
            JdbcClient jdbc,
            UserService users,
            AddressPools pools,
            AuditLog audit,
            EventLog events,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.pools = pools;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    List<Organisation> list(Caller caller) {
        if (caller.isOperator()) {
            return jdbc.sql(TenantRows.ORGANISATIONS + " ORDER BY o.id")
                    .query(TenantRows::organisation)
                    .list();
        }
        return List.of(get(caller, caller.orgId()));
    }

    Organisation get(Caller caller, long id) {
        if (!caller.isOperator() && id != caller.orgId()) {
            throw ApiException.notFound("Organisation", id);
        }
        return jdbc.sql(TenantRows.ORGANISATIONS + " WHERE o.id = ?")
                .param(id)
                .query(TenantRows::organisation)
                .optional()
                .orElseThrow(() -> ApiException.notFound("Organisation", id));
    }

    /** Looks an organisation up by name, for seeding and tools; not exposed across tenants. */
    public java.util.Optional<Long> idByName(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }

    @Transactional
    CreatedOrganisation create(Caller caller, CreateOrganisation body) {
        caller.requireOperator();
        caller.requireAdmin();
        Validation v = new Validation();
        String name = v.requiredText("name", body.name(), 200);
        Passwords.checkEmail(v, "admin_email", body.adminEmail());
        Passwords.check(v, "admin_password", body.adminPassword());
        Ipv4Block pool = v.parse("ip_pool", body.ipPool(), AddressPools::parse);
        v.throwIfInvalid();
        if (idByName(name).isPresent()) {
            throw ApiException.conflict("An organisation named '" + name + "' exists already");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, kind, parent_id, created_at) VALUES (?, 'CUSTOMER', ?, ?)")
                .params(name, caller.orgId(), now)
                .update(key, "id");
        long id = key.getKey().longValue();
        pools.create(id, now);
        audit.record(caller, AuditLog.Change.ok(id, "ORGANISATION_CREATE", "organisation", id, null, name));
        if (pool != null) {
            pools.change(caller, id, null, pool);
        }
        events.publish(EventLog.NewEvent.api(
                id, EventType.ORGANISATION_CREATED, null, null, "Organisation " + name + " created"));
        UserService.User admin;
        try {
            admin = users.createIn(
                    caller,
                    id,
                    new UserService.CreateUser(body.adminEmail(), body.adminName(), "ADMIN", body.adminPassword()));
        } catch (ApiException e) {
            // The admin's fields are the request's admin_* fields; name them so.
            if (!e.errors().isEmpty()) {
                throw ApiException.invalid(e.errors().stream()
                        .map(f -> new ApiException.FieldError("admin_" + f.field(), f.reason()))
                        .toList());
            }
            throw e;
        }
        Organisation org = get(caller, id);
        return new CreatedOrganisation(
                org.id(), org.name(), org.kind(), org.parentId(), org.ipPool(), org.createdAt(), admin);
    }

    /**
     * Changes what a PATCH names: the address pool, which only the operator's admins set. Endpoints of the
     * organisation get addresses from a new pool; a change that would strand an address answers 409.
     */
    @Transactional
    Organisation update(Caller caller, long id, ObjectNode patch) {
        Organisation old = get(caller, id);
        try {
            caller.requireOperator();
            caller.requireAdmin();
        } catch (ApiException e) {
            audit.recordRefusal(
                    caller,
                    AuditLog.Change.refused(
                            id, "ORGANISATION_UPDATE", "organisation", id, null, "refused: " + e.getMessage()));
            throw e;
        }
        UpdateOrganisation merged =
                JsonBody.merge(json, new UpdateOrganisation(old.ipPool()), patch, UpdateOrganisation.class);
        Validation v = new Validation();
        Ipv4Block pool = v.parse("ip_pool", merged.ipPool(), AddressPools::parse);
        v.throwIfInvalid();
        Ipv4Block previous = old.ipPool() == null ? null : Ipv4Block.of(old.ipPool());
        if (Objects.equals(previous, pool)) {
            return old;
        }
        pools.change(caller, id, previous, pool);
        return get(caller, id);
    }
}
