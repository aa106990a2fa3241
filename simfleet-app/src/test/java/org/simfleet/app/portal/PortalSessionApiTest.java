package org.simfleet.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** The portal's session security without a browser: sign-in, CSRF, the re-read caller, and the API left stateless. */
class PortalSessionApiTest extends ApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser-like client: keeps cookies, does not follow redirects, so the tests see them. */
    private final class Session {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String path) throws Exception {
            Matcher m = CSRF.matcher(get(path).body());
            assertThat(m.find()).as("a CSRF field on %s", path).isTrue();
            return m.group(1);
        }

        HttpResponse<String> signIn(String email, String password) throws Exception {
            return post("/login", Map.of("_csrf", csrf("/login"), "username", email, "password", password));
        }
    }

    private static String email(Customer c, String who) {
        return who + "@" + c.name().toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".test";
    }

    @Test
    void sendsAnonymousVisitorsToTheSignInPage() throws Exception {
        HttpResponse<String> r = new Session().get("/sims");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void leavesTheApiStatelessWithItsOwnProblemAnswers() throws Exception {
        HttpResponse<String> r = new Session().get("/api/v1/sims");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Csrf Fleet"));
        Session s = new Session();
        assertThat(s.signIn(email(c, "admin"), Customer.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> r = s.post("/sims/register", Map.of("bic", "ANY"));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void signsOutAUserDisabledWhileSignedIn() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Disabled Fleet"));
        Session s = new Session();
        s.signIn(email(c, "user"), Customer.PASSWORD);
        assertThat(s.get("/sims").statusCode()).isEqualTo(200);
        long id = c.user().get("/api/v1/users/me").json().get("id").asLong();
        Api.Response off = c.admin().patch("/api/v1/users/" + id, Map.of("enabled", false));
        assertThat(off.status()).as("disable: %s", off).isEqualTo(200);
        HttpResponse<String> r = s.get("/sims");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    }

    @Test
    void deletesAUserFromTheUsersPageAndEndsTheirSession() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Deleting Fleet"));
        Session user = new Session();
        user.signIn(email(c, "user"), Customer.PASSWORD);
        assertThat(user.get("/sims").statusCode()).isEqualTo(200);
        long id = c.user().get("/api/v1/users/me").json().get("id").asLong();
        Session admin = new Session();
        admin.signIn(email(c, "admin"), Customer.PASSWORD);
        HttpResponse<String> r =
                admin.post("/admin/users/" + id + "/delete", Map.of("_csrf", admin.csrf("/admin/users")));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("User deleted.").doesNotContain(email(c, "user"));
        assertThat(c.admin().get("/api/v1/users/" + id).status()).isEqualTo(404);
        assertThat(user.get("/sims").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM audit_entry WHERE org_id = ? AND action = 'USER_DELETE'",
                                Long.class,
                                c.id()))
                .isEqualTo(1);
    }

    @Test
    void refusesToDeleteTheLastAdminFromTheUsersPage() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Last Admin Fleet"));
        long id = c.admin().get("/api/v1/users/me").json().get("id").asLong();
        Session admin = new Session();
        admin.signIn(email(c, "admin"), Customer.PASSWORD);
        admin.post("/admin/users/" + id + "/delete", Map.of("_csrf", admin.csrf("/admin/users")));
        assertThat(admin.get("/admin/users").body()).contains("last enabled ADMIN");
        assertThat(c.admin().get("/api/v1/users/" + id).status()).isEqualTo(200);
    }

    @Test
    void refusesAReadOnlyUsersChangeAndAuditsNothing() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Read Fleet"));
        Session s = new Session();
        s.signIn(email(c, "read-only"), Customer.PASSWORD);
        String token = s.csrf("/account");
        long before = jdbc().queryForObject("SELECT COUNT(*) FROM audit_entry WHERE org_id = ?", Long.class, c.id());
        HttpResponse<String> r = s.post("/admin/policies/coverage", Map.of("_csrf", token, "name", "Everywhere"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(c.admin().get("/api/v1/coverage-policies").json().size()).isZero();
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM audit_entry WHERE org_id = ?", Long.class, c.id()))
                .isEqualTo(before);
    }

    @Test
    void savesACoveragePolicyEditedInItsForm() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Edit Fleet"));
        long id = c.admin()
                .post(
                        "/api/v1/coverage-policies",
                        Map.of("name", "Europe", "allowed_countries", java.util.List.of("262")))
                .json()
                .get("id")
                .asLong();
        Session s = new Session();
        s.signIn(email(c, "admin"), Customer.PASSWORD);
        String page = "/admin/policies/coverage/" + id;
        assertThat(s.get(page).body()).contains("value=\"Europe\"", "value=\"262\"");

        HttpResponse<String> r = s.post(
                page,
                Map.of(
                        "_csrf",
                        s.csrf(page),
                        "name",
                        "DACH",
                        "allowed_countries",
                        "262, 232, 228",
                        "blocked_operators",
                        ""));

        assertThat(r.statusCode()).isEqualTo(302);
        var saved = c.admin().get("/api/v1/coverage-policies/" + id).json();
        assertThat(saved.get("name").asString()).isEqualTo("DACH");
        assertThat(saved.get("allowed_countries").toString()).isEqualTo("[\"262\",\"232\",\"228\"]");
    }

    @Test
    void deletesAServicePolicyThatNoEndpointUses() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Delete Fleet"));
        long id = c.admin()
                .post("/api/v1/service-policies", Map.of("name", "Unused", "apns", java.util.List.of("iot")))
                .json()
                .get("id")
                .asLong();
        Session s = new Session();
        s.signIn(email(c, "admin"), Customer.PASSWORD);
        String page = "/admin/policies/service/" + id;

        HttpResponse<String> r = s.post(page + "/delete", Map.of("_csrf", s.csrf(page)));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(c.admin().get("/api/v1/service-policies/" + id).status()).isEqualTo(404);
    }

    @Test
    void createsAServicePolicyFromTheFormsFields() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Form Fleet"));
        Session s = new Session();
        s.signIn(email(c, "admin"), Customer.PASSWORD);
        String body = "_csrf=" + URLEncoder.encode(s.csrf("/admin/policies"), StandardCharsets.UTF_8)
                + "&name=Meters&services=data&services=sms_mt&rat_types=LTE-M&rat_types=NB-IoT"
                + "&apns=iot%2C+em&dns_servers=&data_limit_mb=5&sms_limit=10";

        HttpResponse<String> r = s.http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/policies/service"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(302);
        var p = c.admin().get("/api/v1/service-policies").json().get(0);
        assertThat(p.get("name").asString()).isEqualTo("Meters");
        assertThat(p.get("sms_mo_allowed").asBoolean()).isFalse();
        assertThat(p.get("sms_mt_allowed").asBoolean()).isTrue();
        assertThat(p.get("rat_types").toString()).contains("LTE-M", "NB-IoT").doesNotContain("4G");
        assertThat(p.get("apns").toString()).isEqualTo("[\"iot\",\"em\"]");
        assertThat(p.get("data_limit_bytes").asLong()).isEqualTo(5_000_000L);
        assertThat(p.get("sms_limit").asInt()).isEqualTo(10);
    }

    @Test
    void savesAGatewayEditedWithoutRetypingItsSecret() throws Exception {
        String address = "127.0.9." + (1 + ProcessHandle.current().pid() % 250);
        long id = operator()
                .post(
                        "/api/v1/network/gateways",
                        Map.of("name", unique("Core PGW"), "address", address, "secret", "core-pgw-secret"))
                .json()
                .get("id")
                .asLong();
        Session s = new Session();
        s.signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);
        String page = "/admin/gateways/" + id;
        String name = unique("Core PGW renamed");

        HttpResponse<String> r = s.post(
                page,
                Map.of("_csrf", s.csrf(page), "name", name, "address", address, "secret", "", "coa_port", "3800"));

        assertThat(r.statusCode()).isEqualTo(302);
        var saved = operator().get("/api/v1/network/gateways/" + id).json();
        assertThat(saved.get("name").asString()).isEqualTo(name);
        assertThat(saved.get("coa_port").asInt()).isEqualTo(3800);
        assertThat(jdbc().queryForObject("SELECT secret FROM gateway WHERE id = ?", String.class, id))
                .isEqualTo("core-pgw-secret");
        assertThat(operator().delete("/api/v1/network/gateways/" + id).status()).isEqualTo(204);
    }

    @Test
    void rendersTheApnCommandsWithTheModelsOwnSettings() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Apn Fleet"));
        long service = c.admin()
                .post("/api/v1/service-policies", Map.of("name", "Trackers", "apns", java.util.List.of("em")))
                .json()
                .get("id")
                .asLong();
        long coverage = c.admin()
                .post("/api/v1/coverage-policies", Map.of("name", "All"))
                .json()
                .get("id")
                .asLong();
        long endpoint = c.admin()
                .post(
                        "/api/v1/endpoints",
                        Map.of("name", "Tracker", "service_policy_id", service, "coverage_policy_id", coverage))
                .json()
                .get("id")
                .asLong();
        Session s = new Session();
        s.signIn(email(c, "user"), Customer.PASSWORD);
        String page = "/endpoints/" + endpoint + "?tab=sms";

        HttpResponse<String> r = s.post(
                "/endpoints/" + endpoint + "/apn-configuration/review",
                Map.of("_csrf", s.csrf(page), "model_id", "ruptela", "apn", "em", "param_sms_password", "4711"));

        assertThat(r.statusCode()).isEqualTo(302);
        String shown = s.get(page).body();
        assertThat(shown).contains("4711 setconnection em", "name=\"param_sms_password\" value=\"4711\"");
    }
}
