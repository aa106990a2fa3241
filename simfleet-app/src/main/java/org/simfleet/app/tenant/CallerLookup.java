package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a verified token subject into a {@link Caller}, re-reading the user or application token by
 * primary key, and remembering the answer for {@code simfleet.auth.caller-cache} (5 s): a request then costs no
 * database connection before its own work. Disabling, changing or deleting a user and revoking a token forget every
 * remembered caller on this node once committed, so there they take effect on the next request; on other nodes
 * within the cache time. An expiring application token is never remembered past its expiry.
 */
@Component
class CallerLookup {

    /** Past this many subjects the cache starts again empty rather than grow without bound. */
    private static final int MAX_ENTRIES = 10_000;

    private record Remembered(Optional<Caller> caller, Instant until) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration ttl;
    private final Map<AuthTokens.Subject, Remembered> cache = new ConcurrentHashMap<>();

    CallerLookup(JdbcClient jdbc, Clock clock, @Value("${simfleet.auth.caller-cache:PT5S}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    Optional<Caller> find(AuthTokens.Subject subject, String sourceIp) {
        Instant now = clock.instant();
        Remembered r = cache.get(subject);
        if (r == null || !now.isBefore(r.until())) {
            Optional<Caller> found = read(subject);
            if (!ttl.isZero() && !ttl.isNegative()) {
                if (cache.size() >= MAX_ENTRIES) {
                    cache.clear();
                }
                r = new Remembered(found, now.plus(ttl));
                cache.put(subject, r);
            } else {
                r = new Remembered(found, now);
            }
        }
        return r.caller()
                .map(c -> new Caller(
                        c.orgId(), c.orgKind(), c.role(), c.actorType(), c.actorId(), c.actorName(), sourceIp));
    }

    /** A user or token changed: forget every remembered caller now and again once the change has committed. */
    void forgetAfterCommit() {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.clear();
                }
            });
        }
    }

    private Optional<Caller> read(AuthTokens.Subject subject) {
        String sourceIp = null;
        if (subject.type().equals("U")) {
            return jdbc.sql(
                            """
                            SELECT u.id, u.email, u.role, u.org_id, o.kind FROM app_user u
                            JOIN organisation o ON o.id = u.org_id
                            WHERE u.id = ? AND u.org_id = ? AND u.enabled""")
                    .params(subject.id(), subject.orgId())
                    .query((rs, n) -> new Caller(
                            rs.getLong("org_id"),
                            OrgKind.valueOf(rs.getString("kind")),
                            Role.valueOf(rs.getString("role")),
                            "USER",
                            rs.getLong("id"),
                            rs.getString("email"),
                            sourceIp))
                    .optional();
        }
        if (subject.type().equals("T")) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return jdbc.sql(
                            """
                            SELECT t.id, t.description, t.token_prefix, t.role, t.org_id, o.kind FROM application_token t
                            JOIN organisation o ON o.id = t.org_id
                            WHERE t.id = ? AND t.org_id = ? AND t.revoked_at IS NULL
                              AND (t.expires_at IS NULL OR t.expires_at > ?)""")
                    .params(subject.id(), subject.orgId(), now.plus(ttl))
                    .query((rs, n) -> new Caller(
                            rs.getLong("org_id"),
                            OrgKind.valueOf(rs.getString("kind")),
                            Role.valueOf(rs.getString("role")),
                            "TOKEN",
                            rs.getLong("id"),
                            "token " + rs.getString("token_prefix") + " (" + rs.getString("description") + ")",
                            sourceIp))
                    .optional();
        }
        return Optional.empty();
    }
}
