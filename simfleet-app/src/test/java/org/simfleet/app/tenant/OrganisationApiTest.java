package org.simfleet.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

class OrganisationApiTest extends ApiTest {

    @Test
    void operatorCreatesCustomerWithGeneratedAdminPasswordShownOnce() {
        String name = unique("Generated");
        Api.Response r = operator()
                .post("/api/v1/organisations", Map.of("name", name, "admin_email", "first@" + name + ".test"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location"))
                .endsWith("/api/v1/organisations/" + r.json().get("id").asLong());
        assertThat(r.json().get("kind").asText()).isEqualTo("CUSTOMER");
        String password = r.json().get("admin").get("password").asText();
        Api admin = login("first@" + name.toLowerCase() + ".test", password);
        assertThat(admin.get("/api/v1/users/me").json().has("password")).isFalse();
    }

    @Test
    void customerSeesOnlyItself() {
        Customer a = Customer.create(this, operator(), unique("SeesSelf"));

        Api.Response list = a.admin().get("/api/v1/organisations");

        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("id").asLong()).isEqualTo(a.id());
    }

    @Test
    void anotherOrganisationAnswers404() {
        Customer a = Customer.create(this, operator(), unique("IsolatedA"));
        Customer b = Customer.create(this, operator(), unique("IsolatedB"));

        assertThat(b.admin().get("/api/v1/organisations/" + a.id()).status()).isEqualTo(404);
    }

    @Test
    void operatorSeesEveryOrganisation() {
        Customer a = Customer.create(this, operator(), unique("Visible"));

        assertThat(operator().get("/api/v1/organisations/" + a.id()).status()).isEqualTo(200);
    }

    @Test
    void customerCannotCreateOrganisations() {
        Customer a = Customer.create(this, operator(), unique("NoCreate"));

        Api.Response r =
                a.admin().post("/api/v1/organisations", Map.of("name", unique("Sub"), "admin_email", "x@y.test"));

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void invalidOrganisationNamesEveryWrongField() {
        Api.Response r = operator()
                .post(
                        "/api/v1/organisations",
                        Map.of("name", " ", "admin_email", "not-an-email", "admin_password", "short"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "admin_email", "admin_password");
    }

    @Test
    void duplicateOrganisationNameAnswers409AndCreatesNoAdmin() {
        String name = unique("Twice");
        operator().post("/api/v1/organisations", Map.of("name", name, "admin_email", "one@" + name + ".test"));

        Api.Response r =
                operator().post("/api/v1/organisations", Map.of("name", name, "admin_email", "two@" + name + ".test"));

        assertThat(r.status()).isEqualTo(409);
        Api.Response login = anonymous()
                .post(
                        "/api/v1/authenticate",
                        Map.of("username", "two@" + name + ".test", "password", "whatever-password"));
        assertThat(login.status()).isEqualTo(401);
    }
}
