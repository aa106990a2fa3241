package org.simfleet.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.TestDatabase;
import org.simfleet.app.tenant.SystemLogins;
import org.simfleet.simulator.network.PlatformApi;
import org.simfleet.simulator.run.Simulation;
import org.simfleet.simulator.run.SimulationConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What {@code ./simfleet demo} promises a newcomer: the platform with its demo data and the simulator started as the
 * script starts them (the simulator's tokens from the data directory, the demo gateway's secret, demo pace), and
 * within 60 seconds the API shows endpoints in every connectivity state, open and closed sessions with usage, SMS
 * both ways (trackers' position reports as MO, APN configuration to unconfigured trackers as MT), and refusals with
 * their reasons in the event log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "simfleet.demo=true")
class DemoNetworkTest {

    private static final Path DATA =
            Path.of("target", "demo-network-" + ProcessHandle.current().pid());

    @Value("${local.server.port}")
    int port;

    @Autowired
    RadiusListener radius;

    @Autowired
    SystemLogins logins;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        registry.add("simfleet.data-dir", DATA::toString);
    }

    @AfterAll
    static void removeTokens() throws Exception {
        for (String f : List.of(SimulatorCredentials.ORGANISATION_FILE, SimulatorCredentials.NETWORK_FILE)) {
            Files.deleteIfExists(DATA.resolve(f));
        }
    }

    @Test
    void demoShowsALivingNetworkWithinAMinute() throws Exception {
        String base = "http://127.0.0.1:" + port;
        PlatformApi org = PlatformApi.withToken(
                base,
                Files.readString(DATA.resolve(SimulatorCredentials.ORGANISATION_FILE))
                        .strip());
        PlatformApi network = PlatformApi.withToken(
                base,
                Files.readString(DATA.resolve(SimulatorCredentials.NETWORK_FILE))
                        .strip());
        Simulation sim = Simulation.start(new SimulationConfig(
                org,
                network,
                1000,
                1,
                "127.0.0.1",
                radius.authPort(),
                radius.acctPort(),
                "testing123",
                "127.0.0.1",
                0,
                10,
                null,
                Duration.ofMinutes(5),
                Duration.ofMinutes(20),
                0,
                0,
                new SimulationConfig.Sms(0, "simfleet", "demosms1", true)));
        // the demo gateway answers Disconnect-Requests where this simulator listens (the script's uses 3799)
        Api operator = new Api(base, logins.operatorAdminToken());
        JsonNode gateway = operator.get("/api/v1/network/gateways").json().get(0);
        assertThat(operator.patch(
                                "/api/v1/network/gateways/" + gateway.get("id").asLong(),
                                Map.of("coa_port", sim.coaPort()))
                        .status())
                .isEqualTo(200);
        // the script passes the platform the SMSC settings of the simulator it starts (simfleet.smsc.*)
        assertThat(operator.put(
                                "/api/v1/network/smsc",
                                Map.of(
                                        "host", "127.0.0.1",
                                        "port", sim.sms().port(),
                                        "system_id", "simfleet",
                                        "password", "demosms1",
                                        "default_source_address", "Simfleet",
                                        "enabled", true))
                        .status())
                .isEqualTo(200);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread loop = new Thread(() -> {
            try {
                sim.run(Duration.ofDays(1));
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        long started = System.nanoTime();
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        assertThat(failed.get()).isNull();
                        for (String state : List.of("OFFLINE", "ATTACHED", "ONLINE", "BLOCKED")) {
                            assertThat(org.count("/api/v1/endpoints?connectivity=" + state))
                                    .as(state)
                                    .isPositive();
                        }
                        assertThat(org.count("/api/v1/events?type=CREATE_PDP_CONTEXT"))
                                .isPositive();
                        JsonNode closed = org.get("/api/v1/events?type=DELETE_PDP_CONTEXT&per_page=1");
                        assertThat(closed).isNotEmpty();
                        assertThat(closed.get(0).get("description").asString()).contains(" up, ", " down");
                        JsonNode refused = org.get("/api/v1/events?type=PDP_CONTEXT_REJECTED,UPDATE_LOCATION_REJECTED");
                        assertThat(refused).isNotEmpty();
                        assertThat(org.count("/api/v1/events?type=SMS_MO_RECEIVED"))
                                .isPositive();
                        assertThat(org.count("/api/v1/events?type=SMS_MT_DELIVERED"))
                                .isPositive();
                        assertThat(refused.get(0).get("description").asString())
                                .containsAnyOf(
                                        "not allowed",
                                        "blocked",
                                        "blacklisted",
                                        "IMEI lock",
                                        "SIM is",
                                        "disabled",
                                        "not covered");
                    });
            JsonNode online =
                    org.get("/api/v1/endpoints?connectivity=ONLINE&per_page=1").get(0);
            JsonNode sessions = org.get("/api/v1/endpoints/" + online.get("id").asLong() + "/sessions?open=true");
            assertThat(sessions).isNotEmpty();
            System.out.println(
                    "demo promise met after " + (System.nanoTime() - started) / 1_000_000 + " ms: " + sim.summary());
        } finally {
            sim.stop();
            loop.join(30_000);
            sim.close();
        }
    }
}
