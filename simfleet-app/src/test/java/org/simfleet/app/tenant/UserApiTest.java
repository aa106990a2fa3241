package org.simfleet.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

class UserApiTest extends ApiTest {

    @Test
    void adminCreatesUserWhoCanLogIn() {
        Customer c = Customer.create(this, operator(), unique("Users"));
        String email = unique("new") + "@users.test";

        Api.Response r = c.admin()
                .post("/api/v1/users", Map.of("email", email, "role", "USER", "password", "a-long-password-1"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).doesNotContain("password_hash");
        assertThat(login(email, "a-long-password-1")
                        .get("/api/v1/users/me")
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("USER");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        Customer c = Customer.create(this, operator(), unique("Hashes"));
        long id = c.admin().get("/api/v1/users/me").json().get("id").asLong();

        String hash = jdbc().queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id);

        assertThat(hash).startsWith("$argon2id$").doesNotContain(Customer.PASSWORD);
    }

    @Test
    void userCannotCreateUsers() {
        Customer c = Customer.create(this, operator(), unique("UserNoAdmin"));

        Api.Response r = c.user().post("/api/v1/users", Map.of("email", unique("x") + "@x.test", "role", "USER"));

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void readOnlyCannotChangeItsOwnName() {
        Customer c = Customer.create(this, operator(), unique("ReadOnlyName"));
        long id = c.readOnly().get("/api/v1/users/me").json().get("id").asLong();

        assertThat(c.readOnly()
                        .patch("/api/v1/users/" + id, Map.of("name", "Renamed"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void userOfAnotherOrganisationAnswers404() {
        Customer a = Customer.create(this, operator(), unique("UsersA"));
        Customer b = Customer.create(this, operator(), unique("UsersB"));
        long id = a.user().get("/api/v1/users/me").json().get("id").asLong();

        assertThat(b.admin().get("/api/v1/users/" + id).status()).isEqualTo(404);
        assertThat(b.admin()
                        .patch("/api/v1/users/" + id, Map.of("role", "ADMIN"))
                        .status())
                .isEqualTo(404);
        assertThat(b.admin().delete("/api/v1/users/" + id).status()).isEqualTo(404);
    }

    @Test
    void disabledUserIsLockedOutAtOnce() {
        Customer c = Customer.create(this, operator(), unique("Disable"));
        long id = c.user().get("/api/v1/users/me").json().get("id").asLong();

        c.admin().patch("/api/v1/users/" + id, Map.of("enabled", false));

        assertThat(c.user().get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void lastAdminCannotBeDemoted() {
        Customer c = Customer.create(this, operator(), unique("LastAdmin"));
        long id = c.admin().get("/api/v1/users/me").json().get("id").asLong();

        Api.Response r = c.admin().patch("/api/v1/users/" + id, Map.of("role", "USER"));

        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void invalidUserNamesEveryWrongField() {
        Customer c = Customer.create(this, operator(), unique("BadUser"));

        Api.Response r = c.admin().post("/api/v1/users", Map.of("email", "nope", "role", "ROOT", "password", "short"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "role", "password");
    }

    @Test
    void userChangesAreAudited() {
        Customer c = Customer.create(this, operator(), unique("AuditUsers"));
        long id = c.user().get("/api/v1/users/me").json().get("id").asLong();

        c.admin().patch("/api/v1/users/" + id, Map.of("role", "READ_ONLY"));

        Map<String, Object> row = jdbc().queryForMap(
                        "SELECT * FROM audit_entry WHERE action = 'USER_UPDATE' AND object_id = ?", String.valueOf(id));
        assertThat(row.get("old_value").toString()).contains("role=USER");
        assertThat(row.get("new_value").toString()).contains("role=READ_ONLY");
        assertThat(row.get("actor_name")).isEqualTo("admin@" + c.name().toLowerCase() + ".test");
        assertThat(row.get("source_ip")).isEqualTo("127.0.0.1");
        assertThat(row.get("result")).isEqualTo("SUCCESS");
    }
}
