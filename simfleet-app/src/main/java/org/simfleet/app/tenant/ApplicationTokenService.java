package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.Instant;
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
 * Application tokens for machines (emnify's application_token): created by an admin, shown once,
 * stored as a SHA-256 hash, revocable, optionally expiring. A token acts with the role it was given,
 * never more than its creator's. Only the operator's tokens may have the role NETWORK, the identity of
 * an HLR/HSS reporting network events.
 */
@Service
public class ApplicationTokenService {

    /** A token as the API shows it; {@code applicationToken} is set only in the answer that creates it. */
    public record Token(
            long id,
            long organisationId,
            String description,
            Role role,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt,
            String applicationToken) {}

    public record CreateToken(String description, String role, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventLog events;
    private final Clock clock;

    private final CallerLookup callers;

    ApplicationTokenService(JdbcClient jdbc, AuditLog audit, EventLog events, Clock clock, CallerLookup callers) {
        this.callers = callers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<Token> list(Caller caller) {
        caller.requireAdmin();
        return jdbc.sql("SELECT * FROM application_token WHERE org_id = ? ORDER BY id")
                .param(caller.orgId())
                .query(TenantRows::token)
                .list();
    }

    Token get(Caller caller, long id) {
        caller.requireAdmin();
        return jdbc.sql("SELECT * FROM application_token WHERE id = ? AND org_id = ?")
                .params(id, caller.orgId())
                .query(TenantRows::token)
                .optional()
                .orElseThrow(() -> ApiException.notFound("Application token", id));
    }

    @Transactional
    public Token create(Caller caller, CreateToken body) {
        caller.requireAdmin();
        Validation v = new Validation();
        String description = v.requiredText("description", body.description(), 200);
        Role role = Validation.parseEnum(v, "role", body.role() == null ? "USER" : body.role(), Role.class);
        if (role == Role.NETWORK && !caller.isOperator()) {
            // network elements belong to the operator's core network; a customer has none to authenticate
            v.reject("role", "NETWORK is only for the platform operator's network elements (HLR/HSS)");
        }
        if (body.expiresAt() != null && !body.expiresAt().isAfter(clock.instant())) {
            v.reject("expires_at", "must be in the future");
        }
        v.throwIfInvalid();
        String secret = Secrets.randomToken("sft_");
        String prefix = secret.substring(0, 12);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO application_token (org_id, description, role, token_hash, token_prefix, created_by, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caller.orgId(),
                        description,
                        role.name(),
                        Secrets.sha256(secret),
                        prefix,
                        "USER".equals(caller.actorType()) ? caller.actorId() : null,
                        now,
                        body.expiresAt() == null ? null : body.expiresAt().atOffset(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.record(
                caller,
                AuditLog.Change.ok(
                        caller.orgId(),
                        "TOKEN_CREATE",
                        "application_token",
                        id,
                        null,
                        prefix + "... " + role + " '" + description + "'"
                                + (body.expiresAt() == null ? "" : " expires " + body.expiresAt())));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(), EventType.TOKEN_CHANGED, null, null, "Application token " + prefix + "... created"));
        Token t = get(caller, id);
        return new Token(
                t.id(),
                t.organisationId(),
                t.description(),
                t.role(),
                t.prefix(),
                t.createdAt(),
                t.expiresAt(),
                t.revokedAt(),
                t.lastUsedAt(),
                secret);
    }

    @Transactional
    public void revoke(Caller caller, long id) {
        Token t = get(caller, id);
        if (t.revokedAt() != null) {
            return; // revoking twice is harmless and answers the same
        }
        jdbc.sql("UPDATE application_token SET revoked_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), id)
                .update();
        callers.forgetAfterCommit();
        audit.record(
                caller,
                AuditLog.Change.ok(caller.orgId(), "TOKEN_REVOKE", "application_token", id, "active", "revoked"));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(),
                EventType.TOKEN_CHANGED,
                null,
                null,
                "Application token " + t.prefix() + "... revoked"));
    }
}
