package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.simfleet.app.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

/** Policies to hang endpoints on, valid endpoint bodies, and the audit and event rows tests look for. */
final class EndpointFixtures {

    static final String PATH = "/api/v1/endpoints";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** The ids of a service and a coverage policy of one organisation. */
    record Policies(long service, long coverage) {}

    private EndpointFixtures() {}

    static Policies policies(Api admin) {
        int n = SERIAL.incrementAndGet();
        Api.Response sp =
                admin.post("/api/v1/service-policies", Map.of("name", "Service " + n, "apns", List.of("iot.example")));
        Api.Response cp = admin.post("/api/v1/coverage-policies", Map.of("name", "Coverage " + n));
        assertThat(sp.status()).as("service policy: %s", sp).isEqualTo(201);
        assertThat(cp.status()).as("coverage policy: %s", cp).isEqualTo(201);
        return new Policies(sp.json().get("id").asLong(), cp.json().get("id").asLong());
    }

    /** A valid endpoint body; tests add or break one field. */
    static Map<String, Object> endpoint(String name, Policies p) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("service_policy_id", p.service());
        body.put("coverage_policy_id", p.coverage());
        return body;
    }

    static long create(Api api, Map<String, Object> body) {
        Api.Response r = api.post(PATH, body);
        assertThat(r.status()).as("create endpoint: %s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A PATCH body that may hold nulls, which Map.of refuses. */
    static Map<String, Object> patch(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    static List<Map<String, Object>> auditRows(JdbcTemplate jdbc, String objectType, Object objectId) {
        return jdbc.queryForList(
                "SELECT action, old_value, new_value, result FROM audit_entry"
                        + " WHERE object_type = ? AND object_id = ? ORDER BY id",
                objectType,
                String.valueOf(objectId));
    }

    static List<Map<String, Object>> events(JdbcTemplate jdbc, long orgId, String type) {
        return jdbc.queryForList(
                "SELECT sim_id, endpoint_id, description FROM event WHERE org_id = ? AND type = ? ORDER BY id",
                orgId,
                type);
    }

    static long endpointCount(JdbcTemplate jdbc, long orgId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM endpoint WHERE org_id = ?", Long.class, orgId);
    }
}
