package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

/** Valid policy bodies to start from, and the audit rows a test looks for. */
final class PolicyFixtures {

    private PolicyFixtures() {}

    /** A valid service policy body; tests change one field to see it refused. */
    static Map<String, Object> servicePolicy(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("apns", List.of("iot.example"));
        return body;
    }

    static Map<String, Object> coveragePolicy(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("allowed_countries", List.of("262", "208"));
        body.put("blocked_operators", List.of("262-07"));
        return body;
    }

    static long create(Api admin, String path, Map<String, Object> body) {
        Api.Response r = admin.post(path, body);
        assertThat(r.status()).as("create %s: %s", path, r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static List<Map<String, Object>> auditRows(JdbcTemplate jdbc, long orgId, String objectType, Object objectId) {
        return jdbc.queryForList(
                "SELECT action, old_value, new_value, result, actor_name FROM audit_entry"
                        + " WHERE org_id = ? AND object_type = ? AND object_id = ? ORDER BY id",
                orgId,
                objectType,
                String.valueOf(objectId));
    }

    static long countNamed(JdbcTemplate jdbc, String table, long orgId, String name) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE org_id = ? AND name = ?", Long.class, orgId, name);
    }
}
