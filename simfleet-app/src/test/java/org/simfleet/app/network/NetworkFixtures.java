package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.jdbc.core.JdbcTemplate;

/** SIMs on endpoints to report network events about, the events' bodies, and the rows tests look at. */
final class NetworkFixtures {

    static final String EVENTS = "/api/v1/network/events";
    static final String GATEWAYS = "/api/v1/network/gateways";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A SIM as the tests know it: its ids, IMSI, and the endpoint it sits in (null when none). */
    record TestSim(long simId, String iccid, String imsi, Long endpointId) {}

    private NetworkFixtures() {}

    /** A coverage policy of the organisation of {@code admin}, e.g. "Germany only": 262 without 262-02. */
    static long coveragePolicy(Api admin, String name, List<String> countries, List<String> blocked) {
        Api.Response r = admin.post(
                "/api/v1/coverage-policies",
                Map.of("name", name, "allowed_countries", countries, "blocked_operators", blocked));
        assertThat(r.status()).as("coverage policy: %s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static long servicePolicy(Api admin) {
        Api.Response r = admin.post(
                "/api/v1/service-policies",
                Map.of("name", "Service " + SERIAL.incrementAndGet(), "apns", List.of("em")));
        assertThat(r.status()).as("service policy: %s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A SIM in {@code state} owned by {@code orgId}, without an endpoint. */
    static TestSim sim(JdbcTemplate jdbc, long orgId, String state) {
        String iccid = EndpointTestSims.insertOne(jdbc, orgId, state);
        Map<String, Object> row = jdbc.queryForMap("SELECT id, imsi FROM sim WHERE iccid = ?", iccid);
        return new TestSim(((Number) row.get("id")).longValue(), iccid, (String) row.get("imsi"), null);
    }

    /** A SIM in {@code state} on a new endpoint with the given policies and status. */
    static TestSim simOnEndpoint(
            JdbcTemplate jdbc,
            Api admin,
            long orgId,
            String state,
            long servicePolicy,
            long coveragePolicy,
            String status) {
        TestSim sim = sim(jdbc, orgId, state);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Device " + SERIAL.incrementAndGet());
        body.put("service_policy_id", servicePolicy);
        body.put("coverage_policy_id", coveragePolicy);
        body.put("sim_iccid", sim.iccid());
        body.put("status", status);
        Api.Response r = admin.post("/api/v1/endpoints", body);
        assertThat(r.status()).as("endpoint: %s", r).isEqualTo(201);
        return new TestSim(
                sim.simId(), sim.iccid(), sim.imsi(), r.json().get("id").asLong());
    }

    /** An Update Location (or another type) of {@code imsi} at network {@code mcc}-{@code mnc}, radio LTE. */
    static Map<String, Object> event(String type, String imsi, String mcc, String mnc) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("imsi", imsi);
        if (mcc != null) {
            e.put("mcc", mcc);
            e.put("mnc", mnc);
            e.put("rat_type", "LTE");
        }
        return e;
    }

    static Map<String, Object> with(Map<String, Object> event, Object... keysAndValues) {
        Map<String, Object> e = new LinkedHashMap<>(event);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            e.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return e;
    }

    @SafeVarargs
    static Map<String, Object> batch(Map<String, Object>... events) {
        return Map.of("events", List.of(events));
    }

    /** Posts a batch that must be answered 200 and returns the results. */
    static Api.Response report(Api api, Map<String, Object> batch) {
        Api.Response r = api.post(EVENTS, batch);
        assertThat(r.status()).as("report: %s", r).isEqualTo(200);
        return r;
    }

    static Map<String, Object> registration(JdbcTemplate jdbc, long simId) {
        return jdbc.queryForMap("SELECT * FROM network_registration WHERE sim_id = ?", simId);
    }

    /** The network events logged about a SIM, oldest first. */
    static List<Map<String, Object>> events(JdbcTemplate jdbc, long simId) {
        return jdbc.queryForList(
                "SELECT org_id, type, severity, source, sim_id, endpoint_id, description, occurred_at FROM event"
                        + " WHERE sim_id = ? AND source = 'NETWORK' ORDER BY id",
                simId);
    }

    /** A loopback address no other test uses, to play a gateway from (Linux answers all of 127.0.0.0/8). */
    static String loopback() {
        int n = SERIAL.incrementAndGet();
        return "127." + (100 + (int) (ProcessHandle.current().pid() % 100)) + "." + (n / 250 % 250 + 1) + "."
                + (n % 250 + 1);
    }

    /** An IPv6 documentation address (RFC 3849) no other test uses, written out in full. */
    static String ipv6() {
        return "2001:db8:0:0:0:0:" + Long.toHexString(ProcessHandle.current().pid() % 0xffff + 1) + ":"
                + Integer.toHexString(SERIAL.incrementAndGet() % 0xffff + 1);
    }

    /** Operator user with {@code role}, made by the operator's admin; answers its e-mail. */
    static String operatorUser(Api operatorAdmin, String role, String unique) {
        String email = unique.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "@operator.test";
        Api.Response r = operatorAdmin.post(
                "/api/v1/users", Map.of("email", email, "role", role, "password", "operator-user-password"));
        assertThat(r.status()).as("operator %s: %s", role, r).isEqualTo(201);
        return email;
    }

    static final String OPERATOR_USER_PASSWORD = "operator-user-password";
}
