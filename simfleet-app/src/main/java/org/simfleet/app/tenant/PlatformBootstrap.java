package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.config.StartupBanner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start against an empty database, creates the platform operator's organisation and its
 * first admin. The admin's password comes from SIMFLEET_ADMIN_PASSWORD or is generated and printed
 * once: only its Argon2id hash is kept, so it cannot be shown again.
 */
@Component
@Order(0)
class PlatformBootstrap implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AddressPools pools;
    private final StartupBanner banner;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String adminEmail;
    private final String adminPassword;
    private final String operatorName;

    PlatformBootstrap(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            AuditLog audit,
            AddressPools pools,
            StartupBanner banner,
            TransactionTemplate tx,
            Clock clock,
            @Value("${simfleet.admin-email}") String adminEmail,
            @Value("${simfleet.admin-password}") String adminPassword,
            @Value("${simfleet.operator-name}") String operatorName) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.pools = pools;
        this.banner = banner;
        this.tx = tx;
        this.clock = clock;
        this.adminEmail = adminEmail.strip().toLowerCase();
        this.adminPassword = adminPassword;
        this.operatorName = operatorName;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM organisation WHERE kind = 'OPERATOR'")
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            banner.add("Operator admin: "
                    + jdbc.sql(
                                    """
                            SELECT u.email FROM app_user u JOIN organisation o ON o.id = u.org_id
                            WHERE o.kind = 'OPERATOR' AND u.role = 'ADMIN' ORDER BY u.id LIMIT 1""")
                            .query(String.class)
                            .optional()
                            .orElse("(none)")
                    + " (password as set before)");
            return;
        }
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String password = generated ? Secrets.randomPassword() : adminPassword;
        tx.executeWithoutResult(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            var orgKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO organisation (name, kind, created_at) VALUES (?, 'OPERATOR', ?)")
                    .params(operatorName, now)
                    .update(orgKey, "id");
            long orgId = orgKey.getKey().longValue();
            pools.create(orgId, now);
            long userId = insertAdmin(orgId, now, password);
            Caller system = Caller.system(orgId, OrgKind.OPERATOR, "bootstrap");
            audit.recordAll(
                    system,
                    List.of(
                            AuditLog.Change.ok(orgId, "ORGANISATION_CREATE", "organisation", orgId, null, operatorName),
                            AuditLog.Change.ok(orgId, "USER_CREATE", "user", userId, null, adminEmail + " ADMIN")));
        });
        banner.add("Operator admin: " + adminEmail + " / "
                + (generated
                        ? password + "   <- generated, shown only this once"
                        : "(password from SIMFLEET_ADMIN_PASSWORD)"));
    }

    private long insertAdmin(long orgId, OffsetDateTime now, String password) {
        var holder = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO app_user (org_id, email, name, role, password_hash, enabled, created_at, updated_at)
                        VALUES (?, ?, 'Platform administrator', 'ADMIN', ?, TRUE, ?, ?)""")
                .params(orgId, adminEmail, passwords.encode(password), now, now)
                .update(holder, "id");
        return holder.getKey().longValue();
    }
}
