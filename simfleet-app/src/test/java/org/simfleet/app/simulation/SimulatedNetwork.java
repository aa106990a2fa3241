package org.simfleet.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.simfleet.app.support.Api;
import org.simfleet.simulator.network.PlatformApi;
import org.simfleet.simulator.run.Simulation;
import org.simfleet.simulator.run.SimulationConfig;

/**
 * The simulator in-process against the test's application: its gateway registered at a loopback address of its own
 * with the Disconnect port it listens on, its HLR an operator application token of role NETWORK, and (when asked)
 * its SMSC the one the platform's ESME binds to.
 */
final class SimulatedNetwork {

    static final String SECRET = "simulated-gateway-secret";
    static final String SMSC_SYSTEM_ID = "simfleet";
    static final String SMSC_PASSWORD = "simnet1";

    private SimulatedNetwork() {}

    static Simulation start(
            Api operator,
            String baseUrl,
            String orgToken,
            String gatewayAddress,
            int authPort,
            int acctPort,
            int devices,
            long seed,
            double speed,
            Instant start,
            Duration restartEvery,
            boolean sms) {
        Api.Response token = operator.post(
                "/api/v1/application-tokens",
                Map.of("description", "simulated HLR " + gatewayAddress, "role", "NETWORK"));
        assertThat(token.status()).as("HLR token: %s", token).isEqualTo(201);
        Simulation sim = Simulation.start(new SimulationConfig(
                PlatformApi.withToken(baseUrl, orgToken),
                PlatformApi.withToken(
                        baseUrl, token.json().get("application_token").asText()),
                devices,
                seed,
                "127.0.0.1",
                authPort,
                acctPort,
                SECRET,
                gatewayAddress,
                0,
                speed,
                start,
                Duration.ofMinutes(5),
                restartEvery,
                0,
                0,
                sms ? new SimulationConfig.Sms(0, SMSC_SYSTEM_ID, SMSC_PASSWORD, true) : null));
        if (sms) {
            pointSmscAt(operator, sim.sms().port());
        }
        Api.Response gw = operator.post(
                "/api/v1/network/gateways",
                Map.of(
                        "name",
                        "Simulated PGW " + gatewayAddress,
                        "address",
                        gatewayAddress,
                        "secret",
                        SECRET,
                        "coa_port",
                        sim.coaPort()));
        assertThat(gw.status()).as("gateway: %s", gw).isEqualTo(201);
        return sim;
    }

    /** Points the platform's ESME at the simulator's SMSC and waits until it is bound. */
    static void pointSmscAt(Api operator, int port) {
        Api.Response put = operator.put(
                "/api/v1/network/smsc",
                Map.of(
                        "host",
                        "127.0.0.1",
                        "port",
                        port,
                        "system_id",
                        SMSC_SYSTEM_ID,
                        "password",
                        SMSC_PASSWORD,
                        "default_source_address",
                        "Simfleet",
                        "window",
                        50,
                        "enabled",
                        true));
        assertThat(put.status()).as("SMSC settings: %s", put).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> operator.get("/api/v1/network/smsc")
                                .json()
                                .path("bind_state")
                                .asString(),
                        "BOUND"::equals);
    }
}
