package org.simfleet.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class IdempotencyApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExpiredKeyCleanup cleanup;

    @Test
    void retryReplaysTheFirstAnswerInsteadOfCreatingASecondUser() {
        Customer c = Customer.create(this, operator(), unique("IdemUser"));
        Map<String, String> key = key();
        Map<String, Object> user = newUser(c, "twice");

        Api.Response first = c.admin().post("/api/v1/users", user, key);
        Api.Response retry = c.admin().post("/api/v1/users", user, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(c.admin().get("/api/v1/users").json().findValuesAsString("email"))
                .containsOnlyOnce((String) user.get("email"));
    }

    @Test
    void retryReplaysTheFirstAnswerInsteadOfCreatingASecondToken() {
        Customer c = Customer.create(this, operator(), unique("IdemToken"));
        Map<String, String> key = key();

        Api.Response first = c.admin().post("/api/v1/application-tokens", Map.of("description", "once"), key);
        Api.Response retry = c.admin().post("/api/v1/application-tokens", Map.of("description", "once"), key);

        assertThat(retry.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(c.admin().get("/api/v1/application-tokens").json()).hasSize(1);
    }

    @Test
    void requestsWithoutAKeyRunEachTime() {
        Customer c = Customer.create(this, operator(), unique("IdemNone"));

        c.admin().post("/api/v1/application-tokens", Map.of("description", "same"));
        c.admin().post("/api/v1/application-tokens", Map.of("description", "same"));

        assertThat(c.admin().get("/api/v1/application-tokens").json()).hasSize(2);
    }

    @Test
    void sameKeyForADifferentRequestAnswers422AndRunsNothing() {
        Customer c = Customer.create(this, operator(), unique("IdemOther"));
        Map<String, String> key = key();
        c.admin().post("/api/v1/application-tokens", Map.of("description", "first"), key);

        Api.Response other = c.admin().post("/api/v1/application-tokens", Map.of("description", "second"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(other.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(c.admin().get("/api/v1/application-tokens").json().findValuesAsString("description"))
                .containsExactly("first");
    }

    @Test
    void refusedRequestIsReplayedToo() {
        Customer c = Customer.create(this, operator(), unique("IdemRefused"));
        Map<String, String> key = key();
        Map<String, Object> invalid = Map.of("email", "not-an-address", "password", Customer.PASSWORD);

        Api.Response first = c.admin().post("/api/v1/users", invalid, key);
        Api.Response retry = c.admin().post("/api/v1/users", invalid, key);

        assertThat(first.status()).isEqualTo(422);
        assertThat(retry.status()).isEqualTo(422);
        assertThat(retry.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(retry.header("Content-Type")).startsWith("application/problem+json");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void keysAreScopedToTheOrganisation() {
        Customer a = Customer.create(this, operator(), unique("IdemScopeA"));
        Customer b = Customer.create(this, operator(), unique("IdemScopeB"));
        Map<String, String> key = key();

        a.admin().post("/api/v1/application-tokens", Map.of("description", "shared key"), key);
        Api.Response inB = b.admin().post("/api/v1/application-tokens", Map.of("description", "shared key"), key);

        assertThat(inB.status()).isEqualTo(201);
        assertThat(inB.header(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(b.admin().get("/api/v1/application-tokens").json()).hasSize(1);
    }

    @Test
    void quotedStructuredFieldKeyNamesTheSameKeyAsTheBareOne() {
        Customer c = Customer.create(this, operator(), unique("IdemQuoted"));
        String key = UUID.randomUUID().toString();

        c.admin().post("/api/v1/application-tokens", Map.of("description", "q"), Map.of("Idempotency-Key", key));
        Api.Response quoted = c.admin()
                .post(
                        "/api/v1/application-tokens",
                        Map.of("description", "q"),
                        Map.of("Idempotency-Key", "\"" + key + "\""));

        assertThat(quoted.header(IdempotencyFilter.REPLAYED)).isEqualTo("true");
    }

    @Test
    void keyLongerThan200CharactersAnswers400NamingTheHeader() {
        Customer c = Customer.create(this, operator(), unique("IdemLong"));

        Api.Response r = c.admin()
                .post(
                        "/api/v1/application-tokens",
                        Map.of("description", "x"),
                        Map.of("Idempotency-Key", "k".repeat(201)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(c.admin().get("/api/v1/application-tokens").json()).isEmpty();
    }

    @Test
    void authenticationIsNeverReplayed() {
        Map<String, String> key = key();
        Map<String, String> login = Map.of("username", OPERATOR_EMAIL, "password", OPERATOR_PASSWORD);

        Api.Response first = anonymous().post("/api/v1/authenticate", login, key);
        Api.Response second = anonymous().post("/api/v1/authenticate", login, key);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(second.json().get("refresh_token").asText())
                .isNotEqualTo(first.json().get("refresh_token").asText());
    }

    @Test
    void keyOlderThan24HoursIsTreatedAsAbsent() {
        Customer c = Customer.create(this, operator(), unique("IdemExpired"));
        String key = UUID.randomUUID().toString();
        insertKey(c.id(), key, OffsetDateTime.now(ZoneOffset.UTC).minusHours(25));

        Api.Response r = c.admin()
                .post("/api/v1/application-tokens", Map.of("description", "fresh"), Map.of("Idempotency-Key", key));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header(IdempotencyFilter.REPLAYED)).isNull();
        assertThat(c.admin().get("/api/v1/application-tokens").json()).hasSize(1);
    }

    @Test
    void cleanupRemovesExpiredKeysOnly() {
        Customer c = Customer.create(this, operator(), unique("IdemCleanup"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        insertKey(c.id(), "old", now.minusHours(24).minusMinutes(1));
        insertKey(c.id(), "recent", now.minusHours(23));

        cleanup.removeExpired();

        assertThat(jdbc.queryForList("SELECT idem_key FROM idempotency_key WHERE org_id = ?", String.class, c.id()))
                .containsExactly("recent");
    }

    private void insertKey(long orgId, String key, OffsetDateTime createdAt) {
        jdbc.update(
                """
                INSERT INTO idempotency_key (org_id, idem_key, request_hash, status_code, content_type, response_body, created_at)
                VALUES (?, ?, 'a stored request', 201, 'application/json', 'e30=', ?)""",
                orgId,
                key,
                createdAt);
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static Map<String, Object> newUser(Customer c, String local) {
        String slug = c.name().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return Map.of("email", local + "@" + slug + ".test", "role", "USER", "password", Customer.PASSWORD);
    }
}
