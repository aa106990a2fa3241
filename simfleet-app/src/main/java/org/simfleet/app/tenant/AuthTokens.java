package org.simfleet.app.tenant;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and verifies the short-lived bearer {@code auth_token}: {@code sf1.<payload>.<HMAC-SHA256>}
 * where the payload names the subject (user or application token), its organisation and the expiry.
 * The key lives in the database so every node of a cluster accepts every other node's tokens.
 * Verification is pure CPU; the subject is then re-read so a disabled user or revoked token stops
 * working at once, not at expiry.
 */
@Component
class AuthTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** The subject of a verified token. */
    record Subject(String type, long id, long orgId) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration ttl;
    private volatile SecretKeySpec key;
    /**
     * One initialised Mac per thread: looking the algorithm up and keying it took about a tenth of an SMS send's
     * CPU, more than the HMAC itself. doFinal leaves a Mac reset for the next token.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    AuthTokens(JdbcClient jdbc, Clock clock, @Value("${simfleet.auth-token-ttl}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    Duration ttl() {
        return ttl;
    }

    String issue(String subjectType, long subjectId, long orgId) {
        long exp = clock.instant().plus(ttl).getEpochSecond();
        String payload = B64.encodeToString(
                (subjectType + "|" + subjectId + "|" + orgId + "|" + exp).getBytes(StandardCharsets.UTF_8));
        return "sf1." + payload + "." + B64.encodeToString(sign(payload));
    }

    Optional<Subject> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].equals("sf1")) {
            return Optional.empty();
        }
        try {
            if (!MessageDigest.isEqual(sign(parts[1]), B64D.decode(parts[2]))) {
                return Optional.empty();
            }
            String[] f = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8).split("\\|");
            if (f.length != 4 || Instant.ofEpochSecond(Long.parseLong(f[3])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Subject(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        return macs.get().doFinal(payload.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreateKey(), "HmacSHA256");
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] loadOrCreateKey() {
        Optional<String> stored = jdbc.sql("SELECT secret FROM signing_key WHERE id = 1")
                .query(String.class)
                .optional();
        if (stored.isPresent()) {
            return Base64.getDecoder().decode(stored.get());
        }
        byte[] fresh = Secrets.randomKey();
        // Two nodes starting together may both get here; the primary key lets one win and the other re-reads.
        try {
            jdbc.sql("INSERT INTO signing_key (id, secret, created_at) VALUES (1, ?, ?)")
                    .params(
                            Base64.getEncoder().encodeToString(fresh),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            return fresh;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return loadOrCreateKey();
        }
    }
}
