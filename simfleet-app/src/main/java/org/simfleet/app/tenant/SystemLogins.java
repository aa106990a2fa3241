package org.simfleet.app.tenant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets in-process tools (the demo seeder) act through the public API as an existing user without
 * knowing the password: it mints the same short-lived bearer token a login would. Never reachable
 * from outside the process.
 */
@Component
public class SystemLogins {

    private final JdbcClient jdbc;
    private final AuthTokens tokens;

    SystemLogins(JdbcClient jdbc, AuthTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    /** A bearer token for the platform operator's first enabled admin. */
    public String operatorAdminToken() {
        long[] user = jdbc.sql(
                        """
                        SELECT u.id, u.org_id FROM app_user u JOIN organisation o ON o.id = u.org_id
                        WHERE o.kind = 'OPERATOR' AND u.role = 'ADMIN' AND u.enabled ORDER BY u.id LIMIT 1""")
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("org_id")})
                .single();
        return tokens.issue("U", user[0], user[1]);
    }

    /** A bearer token for the first enabled admin of organisation {@code orgId}. */
    public String organisationAdminToken(long orgId) {
        long user = jdbc.sql(
                        "SELECT id FROM app_user WHERE org_id = ? AND role = 'ADMIN' AND enabled ORDER BY id LIMIT 1")
                .param(orgId)
                .query(Long.class)
                .single();
        return tokens.issue("U", user, orgId);
    }
}
