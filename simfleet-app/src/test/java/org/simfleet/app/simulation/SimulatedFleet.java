package org.simfleet.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.simfleet.app.kernel.Luhn;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer fleet the simulator can live in, built through the API as the demo builds its own: the demo's three
 * service policies and three coverage policies (trackers in Europe but not on UK 234-20, meters in Germany but not on
 * 262-07, routers anywhere), ACTIVE SIMs in endpoints with IMEIs, every fourth one IMEI-locked.
 */
final class SimulatedFleet {

    private static final AtomicInteger DEVICES = new AtomicInteger();
    private static final AtomicInteger MSISDNS = new AtomicInteger();

    private SimulatedFleet() {}

    static void build(JdbcTemplate jdbc, Customer c, int devices) {
        Api admin = c.admin();
        long trackers = policy(
                admin,
                "/api/v1/service-policies",
                Map.of("name", "Trackers", "rat_types", List.of("2G", "4G", "LTE-M"), "apns", List.of("em")));
        long meters = policy(
                admin,
                "/api/v1/service-policies",
                Map.of("name", "Smart meters", "rat_types", List.of("LTE-M", "NB-IoT"), "apns", List.of("em")));
        long routers = policy(
                admin,
                "/api/v1/service-policies",
                Map.of("name", "Routers", "rat_types", List.of("4G", "5G"), "apns", List.of("em", "internet.m2m")));
        long europe = policy(
                admin,
                "/api/v1/coverage-policies",
                Map.of(
                        "name", "Europe",
                        "allowed_countries", List.of("262", "208", "222", "214", "234", "204", "206", "232", "228"),
                        "blocked_operators", List.of("234-20")));
        long germany = policy(
                admin,
                "/api/v1/coverage-policies",
                Map.of(
                        "name",
                        "Germany only",
                        "allowed_countries",
                        List.of("262"),
                        "blocked_operators",
                        List.of("262-07")));
        long worldwide = policy(admin, "/api/v1/coverage-policies", Map.of("name", "Worldwide"));
        List<String> iccids = EndpointTestSims.insert(jdbc, c.id(), "ACTIVE", devices);
        for (String iccid : iccids) { // numbers for SMS, in a range of their own
            jdbc.update(
                    "UPDATE sim SET msisdn = ? WHERE iccid = ?",
                    "4915" + String.format("%09d", 300_000_000L + DEVICES.get() * 1000L + MSISDNS.incrementAndGet()),
                    iccid);
        }
        for (int i = 0; i < devices; i++) {
            int kind = i % 10; // 5 trackers, 3 meters, 2 routers in ten
            long service = kind < 5 ? trackers : kind < 8 ? meters : routers;
            long coverage = kind < 5 ? europe : kind < 8 ? germany : worldwide;
            String payload = "35" + String.format("%012d", 400_000_000L + DEVICES.incrementAndGet());
            Map<String, Object> body = new HashMap<>();
            body.put("name", (kind < 5 ? "Tracker " : kind < 8 ? "Meter " : "Router ") + i);
            body.put("service_policy_id", service);
            body.put("coverage_policy_id", coverage);
            body.put("sim_iccid", iccids.get(i));
            body.put("imei", payload + Luhn.checkDigit(payload));
            body.put("imei_lock", i % 4 == 0);
            Api.Response r = admin.post("/api/v1/endpoints", body);
            assertThat(r.status()).as("endpoint: %s", r).isEqualTo(201);
        }
    }

    private static long policy(Api admin, String path, Map<String, Object> body) {
        Api.Response r = admin.post(path, body);
        assertThat(r.status()).as("%s: %s", path, r).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
