package org.simfleet.app.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_key} table: one row per organisation and key. A row without a status is a
 * request still running; the primary key makes claiming a key atomic across threads and across nodes
 * sharing the database. Statements run outside any transaction, so a claim is visible to every other
 * request the moment it is made, before the request it guards has even started.
 */
@Component
class IdempotencyKeys {

    /** How long an answer is kept and replayed, as Stripe does; the draft leaves it to the server. */
    static final Duration TTL = Duration.ofHours(24);

    /** A kept answer; the body is stored in Base64 so any answer, not only UTF-8 text, replays byte for byte. */
    record Answer(int status, String contentType, String location, byte[] body) {}

    enum Outcome {
        /** The key is this request's now: run it. */
        CLAIMED,
        /** The same request with this key is still running. */
        IN_PROGRESS,
        /** The key was used for a different request. */
        OTHER_REQUEST,
        /** The same request ran already: answer what it answered. */
        REPLAY
    }

    /** What claiming a key found; {@code answer} is set for {@link Outcome#REPLAY} only. */
    record Claim(Outcome outcome, Answer answer) {

        static Claim of(Outcome outcome) {
            return new Claim(outcome, null);
        }
    }

    private record Row(String requestHash, Answer answer) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Claim claim(long orgId, String key, String requestHash) {
        OffsetDateTime now = now();
        // An expired key is as good as absent: drop it so the insert below can claim it afresh.
        jdbc.sql("DELETE FROM idempotency_key WHERE org_id = ? AND idem_key = ? AND created_at <= ?")
                .params(orgId, key, now.minus(TTL))
                .update();
        try {
            jdbc.sql(
                            """
                            INSERT INTO idempotency_key (org_id, idem_key, request_hash, created_at)
                            VALUES (?, ?, ?, ?)""")
                    .params(orgId, key, requestHash, now)
                    .update();
            return Claim.of(Outcome.CLAIMED);
        } catch (DuplicateKeyException taken) {
            return existing(orgId, key, requestHash);
        }
    }

    private Claim existing(long orgId, String key, String requestHash) {
        var row = jdbc.sql(
                        """
                        SELECT request_hash, status_code, content_type, location, response_body
                        FROM idempotency_key WHERE org_id = ? AND idem_key = ?""")
                .params(orgId, key)
                .query((rs, n) -> {
                    int status = rs.getInt("status_code");
                    Answer answer = rs.wasNull()
                            ? null
                            : new Answer(
                                    status,
                                    rs.getString("content_type"),
                                    rs.getString("location"),
                                    decode(rs.getString("response_body")));
                    return new Row(rs.getString("request_hash"), answer);
                })
                .optional();
        if (row.isEmpty()) {
            // The first request failed and released the key between our insert and this read.
            return Claim.of(Outcome.IN_PROGRESS);
        }
        if (!requestHash.equals(row.get().requestHash())) {
            return Claim.of(Outcome.OTHER_REQUEST);
        }
        Answer answer = row.get().answer();
        return answer == null ? Claim.of(Outcome.IN_PROGRESS) : new Claim(Outcome.REPLAY, answer);
    }

    void complete(long orgId, String key, Answer answer) {
        jdbc.sql(
                        """
                        UPDATE idempotency_key SET status_code = ?, content_type = ?, location = ?, response_body = ?
                        WHERE org_id = ? AND idem_key = ?""")
                .params(
                        answer.status(),
                        answer.contentType(),
                        answer.location(),
                        Base64.getEncoder().encodeToString(answer.body()),
                        orgId,
                        key)
                .update();
    }

    /** Frees a key whose request failed on the server, so that a retry runs instead of replaying the failure. */
    void release(long orgId, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE org_id = ? AND idem_key = ? AND status_code IS NULL")
                .params(orgId, key)
                .update();
    }

    int removeExpired() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at <= ?")
                .param(now().minus(TTL))
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static byte[] decode(String body) {
        return body == null ? new byte[0] : Base64.getDecoder().decode(body);
    }
}
