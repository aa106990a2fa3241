package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.simfleet.app.support.Api;
import org.simfleet.simulator.smsc.Delivery;
import org.simfleet.simulator.smsc.SmscConfig;
import org.simfleet.simulator.smsc.SmscSimulator;

/**
 * The SMSC simulator the SMS tests share, started once per test JVM on a free loopback port (as the application
 * context is shared), stopped when the JVM exits. What each handset does is set per MSISDN; a test's messages carry
 * texts of their own, so the simulator's per-text submit count tells duplicates apart.
 */
final class TestSmsc {

    static final String SYSTEM_ID = "simfleet";
    static final String PASSWORD = "secret";

    private static final Map<String, Delivery> HANDSETS = new ConcurrentHashMap<>();
    private static SmscSimulator smsc;

    private TestSmsc() {}

    static synchronized SmscSimulator get() {
        if (smsc == null) {
            smsc = SmscSimulator.create(SmscConfig.defaults(SYSTEM_ID, PASSWORD)
                            .withHandsets(msisdn ->
                                    HANDSETS.getOrDefault(msisdn, new Delivery.Delivered(Duration.ofMillis(10))))
                            .withDuplicateKey(text -> text)
                            .withRedeliveryDelay(Duration.ofMillis(100)))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(smsc::close));
        }
        return smsc;
    }

    static void handset(String msisdn, Delivery delivery) {
        HANDSETS.put(msisdn, delivery);
    }

    /** Points the application at the simulator (once) and waits until it is bound. */
    static SmscSimulator connect(Api operator) {
        SmscSimulator s = get();
        s.clearFaults();
        Api.Response now = operator.get("/api/v1/network/smsc");
        if (!Integer.valueOf(s.port()).equals(now.json().path("port").asInt())
                || !now.json().path("enabled").asBoolean()) {
            Api.Response put = operator.put("/api/v1/network/smsc", settings(s.port()));
            assertThat(put.status()).as("SMSC settings: %s", put).isEqualTo(200);
        }
        awaitBound(operator);
        return s;
    }

    static void awaitBound(Api operator) {
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> operator.get("/api/v1/network/smsc")
                                .json()
                                .path("bind_state")
                                .asString(),
                        "BOUND"::equals);
    }

    static Map<String, Object> settings(int port) {
        return Map.of(
                "host",
                "127.0.0.1",
                "port",
                port,
                "system_id",
                SYSTEM_ID,
                "password",
                PASSWORD,
                "default_source_address",
                "Simfleet",
                "window",
                50,
                "enabled",
                true);
    }
}
