package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer organisations, created by the platform operator together with their first admin. A
 * customer sees only itself; the operator sees every organisation.
 */
@Service
public class OrganisationService {

    record CreateOrganisation(String name, String adminEmail, String adminPassword, String adminName) {}

    /** A new organisation with its first admin; the admin's password appears here only when generated. */
    record CreatedOrganisation(
            long id, String name, OrgKind kind, Long parentId, java.time.Instant createdAt, UserService.User admin) {}

    private final JdbcClient jdbc;
    private final UserService users;
    private final AuditLog audit;
    private final EventLog events;
    private final Clock clock;

    OrganisationService(JdbcClient jdbc, UserService users, AuditLog audit, EventLog events, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    List<Organisation> list(Caller caller) {
        if (caller.isOperator()) {
            return jdbc.sql("SELECT * FROM organisation ORDER BY id")
                    .query(TenantRows::organisation)
                    .list();
        }
        return List.of(get(caller, caller.orgId()));
    }

    Organisation get(Caller caller, long id) {
        if (!caller.isOperator() && id != caller.orgId()) {
            throw ApiException.notFound("Organisation", id);
        }
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?")
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
        audit.record(caller, AuditLog.Change.ok(id, "ORGANISATION_CREATE", "organisation", id, null, name));
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
        return new CreatedOrganisation(org.id(), org.name(), org.kind(), org.parentId(), org.createdAt(), admin);
    }
}
