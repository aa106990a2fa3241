package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a verified token subject into a {@link Caller}, re-reading the user or application token by
 * primary key so that disabling a user or revoking a token takes effect on the next request.
 */
@Component
class CallerLookup {

    private final JdbcClient jdbc;
    private final Clock clock;

    CallerLookup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Caller> find(AuthTokens.Subject subject, String sourceIp) {
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
                    .params(subject.id(), subject.orgId(), now)
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
