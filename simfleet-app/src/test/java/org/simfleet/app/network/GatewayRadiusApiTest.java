package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.simfleet.app.network.NetworkFixtures.GATEWAYS;
import static org.simfleet.app.network.NetworkFixtures.loopback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.RadiusPacket;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A gateway configured through the API is answered by the running RADIUS server at once, over real UDP: no restart, no
 * delay. Until the access feature exists the answer is an Access-Reject; any signed answer proves the gateway and its
 * secret were taken.
 */
class GatewayRadiusApiTest extends ApiTest {

    private static final String SECRET = "pgw-shared-secret-1";
    private static final String IMSI = "001010000000001";

    @Autowired
    RadiusListener radius;

    private long create(String address, String secret) {
        Api.Response r =
                operator().post(GATEWAYS, Map.of("name", unique("UDP PGW"), "address", address, "secret", secret));
        assertThat(r.status()).as("create: %s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** Sends a request the server must drop for {@code reason}, and checks it did and sent nothing back. */
    private void assertDropped(GatewayProbe gateway, String secret, DropReason reason) {
        long before = radius.metrics().dropped(reason);
        gateway.sendAccessRequest(radius.authPort(), secret, IMSI);
        await().atMost(Duration.ofSeconds(5)).until(() -> radius.metrics().dropped(reason) > before);
        assertThat(gateway.poll()).as("an answer to a dropped request").isNull();
    }

    /** Sends a request and checks the answer is signed with {@code secret} (RFC 2865 §3 Response Authenticator). */
    private RadiusPacket assertAnswered(GatewayProbe gateway, String secret) {
        byte[] requestAuthenticator = gateway.sendAccessRequest(radius.authPort(), secret, IMSI);
        RadiusPacket answer = gateway.receive();
        assertThat(Authenticators.verifyResponse(answer, requestAuthenticator, secret.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        return answer;
    }

    @Test
    void answersANewGatewayAtOnceAfterDroppingItAsUnknownBefore() {
        String address = loopback();
        try (GatewayProbe gateway = new GatewayProbe(address)) {
            assertDropped(gateway, SECRET, DropReason.UNKNOWN_SOURCE);

            create(address, SECRET);

            assertThat(assertAnswered(gateway, SECRET)).isNotNull();
        }
    }

    @Test
    void aNewSecretTakesEffectAtOnce() {
        String address = loopback();
        long id = create(address, SECRET);
        try (GatewayProbe gateway = new GatewayProbe(address)) {
            assertAnswered(gateway, SECRET);

            operator().patch(GATEWAYS + "/" + id, Map.of("secret", "rotated-secret-2"));

            assertDropped(gateway, SECRET, DropReason.INVALID_MESSAGE_AUTHENTICATOR);
            assertAnswered(gateway, "rotated-secret-2");
        }
    }

    @Test
    void aDeletedGatewayIsDroppedAtOnce() {
        String address = loopback();
        long id = create(address, SECRET);
        try (GatewayProbe gateway = new GatewayProbe(address)) {
            assertAnswered(gateway, SECRET);

            operator().delete(GATEWAYS + "/" + id);

            assertDropped(gateway, SECRET, DropReason.UNKNOWN_SOURCE);
        }
    }

    @Test
    void prometheusShowsRequestsAndDropsByReason() {
        try (GatewayProbe stranger = new GatewayProbe(loopback())) {
            assertDropped(stranger, SECRET, DropReason.UNKNOWN_SOURCE);
        }

        String metrics = anonymous().get("/actuator/prometheus").body();

        assertThat(metrics)
                .containsPattern("simfleet_radius_requests_total [1-9]")
                .containsPattern("simfleet_radius_dropped_total\\{[^}]*reason=\"unknown_source\"[^}]*\\} [1-9]")
                .containsPattern("simfleet_radius_dropped_total\\{[^}]*reason=\"bad_authenticator\"")
                .contains("simfleet_radius_access_rejected_total");
    }
}
