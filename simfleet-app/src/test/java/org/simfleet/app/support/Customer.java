package org.simfleet.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * A customer organisation made through the API for one test, with an API client per role.
 *
 * @param admin the organisation's first ADMIN
 * @param user a USER of the organisation
 * @param readOnly a READ_ONLY user of the organisation
 */
public record Customer(long id, String name, Api admin, Api user, Api readOnly) {

    public static final String PASSWORD = "customer-test-password";

    /** How a test signs in: e-mail and password to an API client carrying the bearer token. */
    public interface Login {
        Api login(String email, String password);
    }

    /** Creates the organisation as the operator, then its USER and READ_ONLY members as its admin. */
    public static Customer create(ApiTest test, Api operator, String name) {
        return create(test::login, operator, name);
    }

    public static Customer create(Login test, Api operator, String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Api.Response org = operator.post(
                "/api/v1/organisations",
                Map.of("name", name, "admin_email", "admin@" + slug + ".test", "admin_password", PASSWORD));
        assertThat(org.status()).as("create organisation: %s", org).isEqualTo(201);
        Api admin = test.login("admin@" + slug + ".test", PASSWORD);
        for (String role : new String[] {"USER", "READ_ONLY"}) {
            Api.Response u = admin.post(
                    "/api/v1/users",
                    Map.of(
                            "email",
                            role.toLowerCase().replace('_', '-') + "@" + slug + ".test",
                            "role",
                            role,
                            "password",
                            PASSWORD));
            assertThat(u.status()).as("create %s: %s", role, u).isEqualTo(201);
        }
        return new Customer(
                org.json().get("id").asLong(),
                name,
                admin,
                test.login("user@" + slug + ".test", PASSWORD),
                test.login("read-only@" + slug + ".test", PASSWORD));
    }
}
