package org.simfleet.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

class AuthenticationApiTest extends ApiTest {

    @Test
    void passwordLoginReturnsBearerAndRefreshToken() {
        Api.Response r = anonymous()
                .post("/api/v1/authenticate", Map.of("username", OPERATOR_EMAIL, "password", OPERATOR_PASSWORD));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("auth_token").asText()).startsWith("sf1.");
        assertThat(r.json().get("refresh_token").asText()).startsWith("sfr_");
        assertThat(r.json().get("token_type").asText()).isEqualTo("Bearer");
    }

    @Test
    void wrongPasswordAnswers401AsProblem() {
        Api.Response r = anonymous()
                .post("/api/v1/authenticate", Map.of("username", OPERATOR_EMAIL, "password", "wrong-password-123"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void requestWithoutTokenAnswers401() {
        assertThat(anonymous().get("/api/v1/users").status()).isEqualTo(401);
    }

    @Test
    void forgedTokenAnswers401() {
        String token = operator().token();
        Api forged = anonymous().as(token.substring(0, token.length() - 2) + "xx");

        assertThat(forged.get("/api/v1/users").status()).isEqualTo(401);
    }

    @Test
    void refreshTokenWorksOnce() {
        Api.Response login = anonymous()
                .post("/api/v1/authenticate", Map.of("username", OPERATOR_EMAIL, "password", OPERATOR_PASSWORD));
        String refresh = login.json().get("refresh_token").asText();

        Api.Response first = anonymous().post("/api/v1/authenticate", Map.of("refresh_token", refresh));
        Api.Response second = anonymous().post("/api/v1/authenticate", Map.of("refresh_token", refresh));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("refresh_token").asText()).isNotEqualTo(refresh);
        assertThat(second.status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsAreRateLimited() {
        Customer c = Customer.create(this, operator(), unique("Throttled"));
        String email = c.admin().get("/api/v1/users/me").json().get("email").asText();
        for (int i = 0; i < LoginThrottle.MAX_PER_USERNAME; i++) {
            assertThat(anonymous()
                            .post("/api/v1/authenticate", Map.of("username", email, "password", "not-the-password"))
                            .status())
                    .isEqualTo(401);
        }

        Api.Response blocked =
                anonymous().post("/api/v1/authenticate", Map.of("username", email, "password", Customer.PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotBlank();
    }

    @Test
    void applicationTokenIsShownOnceAndAuthenticates() {
        Customer c = Customer.create(this, operator(), unique("Tokens"));
        Api.Response created = c.admin().post("/api/v1/application-tokens", Map.of("description", "fleet backend"));
        String secret = created.json().get("application_token").asText();

        Api.Response auth = anonymous().post("/api/v1/authenticate", Map.of("application_token", secret));
        Api.Response listed = c.admin()
                .get("/api/v1/application-tokens/" + created.json().get("id").asLong());

        assertThat(created.status()).isEqualTo(201);
        assertThat(auth.status()).isEqualTo(200);
        assertThat(auth.json().has("refresh_token")).isFalse();
        assertThat(listed.body()).doesNotContain(secret);
    }

    @Test
    void revokedApplicationTokenStopsWorkingAtOnce() {
        Customer c = Customer.create(this, operator(), unique("Revoke"));
        Api.Response created = c.admin().post("/api/v1/application-tokens", Map.of("description", "to revoke"));
        String secret = created.json().get("application_token").asText();
        Api machine = anonymous()
                .as(anonymous()
                        .post("/api/v1/authenticate", Map.of("application_token", secret))
                        .json()
                        .get("auth_token")
                        .asText());

        c.admin()
                .delete("/api/v1/application-tokens/" + created.json().get("id").asLong());

        assertThat(machine.get("/api/v1/organisations/me").status()).isEqualTo(401);
        assertThat(anonymous()
                        .post("/api/v1/authenticate", Map.of("application_token", secret))
                        .status())
                .isEqualTo(401);
    }
}
