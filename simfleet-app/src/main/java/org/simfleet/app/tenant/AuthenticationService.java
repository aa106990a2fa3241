package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges an application token, a username and password, or a refresh token for a short-lived bearer
 * {@code auth_token} (plus a rotated {@code refresh_token} for users), refusing guessers through {@link
 * LoginThrottle}.
 */
@Service
class AuthenticationService {

    /** A refresh token outlives many auth tokens so a portal session survives a working day and more. */
    static final Duration REFRESH_TTL = Duration.ofDays(30);

    record AuthenticateRequest(String applicationToken, String username, String password, String refreshToken) {}

    record AuthenticateResponse(String authToken, String tokenType, long expiresIn, String refreshToken) {}

    private final JdbcClient jdbc;
    private final AuthTokens tokens;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final Clock clock;
    /** Compared against when the username is unknown, so a wrong username costs as much time as a wrong password. */
    private final String decoyHash;

    AuthenticationService(
            JdbcClient jdbc, AuthTokens tokens, PasswordEncoder passwords, LoginThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.decoyHash = passwords.encode(Secrets.randomPassword());
    }

    @Transactional
    AuthenticateResponse authenticate(AuthenticateRequest body, String address) {
        int given = (body.applicationToken() != null ? 1 : 0)
                + (body.username() != null || body.password() != null ? 1 : 0)
                + (body.refreshToken() != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.invalid(
                    "body", "give exactly one of application_token, username with password, or refresh_token");
        }
        if (body.applicationToken() != null) {
            return withApplicationToken(body.applicationToken(), address);
        }
        if (body.refreshToken() != null) {
            return withRefreshToken(body.refreshToken(), address);
        }
        return withPassword(body.username(), body.password(), address);
    }

    /** A user whose password was right: the portal keeps this in its session, the API issues tokens for it. */
    record Account(long userId, long orgId) implements java.io.Serializable {}

    /**
     * Checks a username and password under the same throttle as the API's password login; throws 401 or
     * 429 as {@link ApiException} when they are wrong or the caller must wait.
     */
    Account checkPassword(String username, String password, String address) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.invalid(List.of(new ApiException.FieldError(
                    username == null || username.isBlank() ? "username" : "password", "is required")));
        }
        String key = username.strip().toLowerCase();
        refuseIfThrottled(key, address);
        var user = jdbc.sql("SELECT id, org_id, password_hash, enabled FROM app_user WHERE email = ?")
                .param(key)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"), rs.getLong("org_id"), rs.getString("password_hash"), rs.getBoolean("enabled")
                })
                .optional();
        boolean ok = passwords.matches(password, user.map(u -> (String) u[2]).orElse(decoyHash))
                && user.isPresent()
                && (Boolean) user.get()[3];
        if (!ok) {
            throw failed(key, address, "username or password is wrong, or the user is disabled");
        }
        throttle.succeeded(key);
        return new Account((Long) user.get()[0], (Long) user.get()[1]);
    }

    private AuthenticateResponse withPassword(String username, String password, String address) {
        Account account = checkPassword(username, password, address);
        return ok(tokens.issue("U", account.userId(), account.orgId()), newRefreshToken(account.userId()));
    }

    private AuthenticateResponse withApplicationToken(String token, String address) {
        refuseIfThrottled("token", address);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var row = jdbc.sql(
                        """
                        SELECT id, org_id FROM application_token
                        WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)""")
                .params(Secrets.sha256(token.strip()), now)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("org_id")})
                .optional();
        if (row.isEmpty()) {
            throw failed("token", address, "application_token is unknown, expired or revoked");
        }
        jdbc.sql("UPDATE application_token SET last_used_at = ? WHERE id = ?")
                .params(now, row.get()[0])
                .update();
        return ok(tokens.issue("T", row.get()[0], row.get()[1]), null);
    }

    private AuthenticateResponse withRefreshToken(String token, String address) {
        refuseIfThrottled("refresh", address);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var row = jdbc.sql(
                        """
                        SELECT r.id, u.id AS user_id, u.org_id FROM refresh_token r JOIN app_user u ON u.id = r.user_id
                        WHERE r.token_hash = ? AND r.revoked_at IS NULL AND r.expires_at > ? AND u.enabled""")
                .params(Secrets.sha256(token.strip()), now)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("user_id"), rs.getLong("org_id")})
                .optional();
        if (row.isEmpty()) {
            throw failed("refresh", address, "refresh_token is unknown, expired or already used");
        }
        // Rotation: a refresh token works once, so a stolen copy is useless after its owner's next refresh.
        jdbc.sql("UPDATE refresh_token SET revoked_at = ? WHERE id = ?")
                .params(now, row.get()[0])
                .update();
        return ok(tokens.issue("U", row.get()[1], row.get()[2]), newRefreshToken(row.get()[1]));
    }

    private String newRefreshToken(long userId) {
        String refresh = Secrets.randomToken("sfr_");
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO refresh_token (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(userId, Secrets.sha256(refresh), now, now.plus(REFRESH_TTL))
                .update();
        return refresh;
    }

    private AuthenticateResponse ok(String authToken, String refreshToken) {
        return new AuthenticateResponse(authToken, "Bearer", tokens.ttl().toSeconds(), refreshToken);
    }

    private void refuseIfThrottled(String key, String address) {
        long wait = throttle.retryAfterSeconds(key, address);
        if (wait > 0) {
            throw new ApiException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed attempts",
                    "Too many failed attempts; try again in " + wait + " seconds",
                    List.of(),
                    Map.of("retry_after_seconds", wait));
        }
    }

    private ApiException failed(String key, String address, String reason) {
        throttle.failed(key, address);
        return new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", reason, List.of(), Map.of());
    }
}
