package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.network.NetworkFixtures.EVENTS;
import static org.simfleet.app.network.NetworkFixtures.GATEWAYS;
import static org.simfleet.app.network.NetworkFixtures.OPERATOR_USER_PASSWORD;
import static org.simfleet.app.network.NetworkFixtures.batch;
import static org.simfleet.app.network.NetworkFixtures.event;
import static org.simfleet.app.network.NetworkFixtures.operatorUser;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.NetworkFixtures.TestSim;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/**
 * Network events come from the operator's network elements: an application token with the role NETWORK, which may
 * post them and change nothing else, or an operator ADMIN or USER. For customers the resource does not exist.
 */
class NetworkEventAccessApiTest extends ApiTest {

    private static final Map<String, Object> PURGE = batch(event("PURGE_LOCATION", "001010000000777", null, null));

    /** An application token of the operator with the role NETWORK, signed in. */
    private Api networkElement() {
        Api.Response token =
                operator().post("/api/v1/application-tokens", Map.of("description", unique("HLR"), "role", "NETWORK"));
        assertThat(token.status()).as("token: %s", token).isEqualTo(201);
        Api.Response auth = anonymous()
                .post(
                        "/api/v1/authenticate",
                        Map.of(
                                "application_token",
                                token.json().get("application_token").asText()));
        assertThat(auth.status()).isEqualTo(200);
        return anonymous().as(auth.json().get("auth_token").asText());
    }

    @Test
    void aNetworkTokenOfTheOperatorReportsEvents() {
        Api.Response r = networkElement().post(EVENTS, PURGE);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("results").get(0).get("outcome").asText()).isEqualTo("UNKNOWN_SIM");
    }

    @Test
    void aNetworkTokenChangesNothingElse() {
        Api hlr = networkElement();

        assertThat(hlr.post(GATEWAYS, Map.of("name", "x", "address", "192.0.2.9", "secret", "12345678"))
                        .status())
                .isEqualTo(403);
        assertThat(hlr.post("/api/v1/users", Map.of("email", "x@hlr.test")).status())
                .isEqualTo(403);
        assertThat(hlr.post("/api/v1/application-tokens", Map.of("description", "more", "role", "ADMIN"))
                        .status())
                .isEqualTo(403);
        assertThat(hlr.patch("/api/v1/sims/89883030000000000001", Map.of("state", "ACTIVE"))
                        .status())
                .isEqualTo(403);
        assertThat(hlr.delete(GATEWAYS + "/1").status()).isEqualTo(403);
    }

    @Test
    void aNetworkTokenReadsLikeReadOnly() {
        assertThat(networkElement().get(GATEWAYS).status()).isEqualTo(200);
    }

    @Test
    void operatorAdminsAndUsersMayReportEventsForTestingButNotReadOnly() {
        Api user = login(operatorUser(operator(), "USER", unique("net-user")), OPERATOR_USER_PASSWORD);
        Api readOnly = login(operatorUser(operator(), "READ_ONLY", unique("net-ro")), OPERATOR_USER_PASSWORD);

        assertThat(operator().post(EVENTS, PURGE).status()).isEqualTo(200);
        assertThat(user.post(EVENTS, PURGE).status()).isEqualTo(200);
        assertThat(readOnly.post(EVENTS, PURGE).status()).isEqualTo(403);
    }

    @Test
    void customersGet404AndTouchNothing() {
        Customer c = Customer.create(this, operator(), unique("NetCustomer"));
        TestSim sim = NetworkFixtures.sim(jdbc(), c.id(), "ACTIVE");

        Api.Response r = c.admin().post(EVENTS, batch(event("UPDATE_LOCATION", sim.imsi(), "262", "01")));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(NetworkFixtures.events(jdbc(), sim.simId())).isEmpty();
    }

    @Test
    void customersCannotCreateNetworkTokens() {
        Customer c = Customer.create(this, operator(), unique("NetTokens"));

        Api.Response r = c.admin().post("/api/v1/application-tokens", Map.of("description", "HLR", "role", "NETWORK"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("role");
    }

    @Test
    void noUserGetsTheNetworkRole() {
        Api.Response created = operator()
                .post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                unique("person") + "@operator.test",
                                "role",
                                "NETWORK",
                                "password",
                                "long-password-1"));
        String email = operatorUser(operator(), "USER", unique("promoted"));
        long id = operator().get("/api/v1/users").json().findParents("email").stream()
                .filter(u -> u.get("email").asText().equals(email))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        Api.Response promoted = operator().patch("/api/v1/users/" + id, Map.of("role", "NETWORK"));

        assertThat(created.status()).isEqualTo(422);
        assertThat(promoted.status()).isEqualTo(422);
        assertThat(List.of(created, promoted)).allSatisfy(r -> assertThat(
                        r.json().get("errors").get(0).get("field").asText())
                .isEqualTo("role"));
    }

    @Test
    void anIdempotencyKeyReplaysTheAnswerWithoutApplyingTwice() {
        Customer c = Customer.create(this, operator(), unique("NetIdempotent"));
        TestSim sim = NetworkFixtures.sim(jdbc(), c.id(), "ACTIVE");
        Map<String, Object> body = batch(event("AUTHENTICATION_FAILURE", sim.imsi(), null, null));
        Map<String, String> key = Map.of("Idempotency-Key", unique("hlr-batch"));

        Api.Response first = operator().post(EVENTS, body, key);
        Api.Response again = operator().post(EVENTS, body, key);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(NetworkFixtures.events(jdbc(), sim.simId())).hasSize(1);
    }
}
