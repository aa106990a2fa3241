package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.policy.PolicyFixtures.auditRows;
import static org.simfleet.app.policy.PolicyFixtures.coveragePolicy;
import static org.simfleet.app.policy.PolicyFixtures.create;
import static org.simfleet.app.policy.PolicyFixtures.servicePolicy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PolicyAuditApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void servicePolicyChangesLeaveAuditEntriesWithTheChangedFields() {
        Customer c = Customer.create(this, operator(), unique("SpAudit"));
        long id = create(c.admin(), "/api/v1/service-policies", servicePolicy("Audited"));
        c.admin().patch("/api/v1/service-policies/" + id, Map.of("sms_limit", 10, "apns", List.of("em")));
        c.admin().delete("/api/v1/service-policies/" + id);

        List<Map<String, Object>> rows = auditRows(jdbc, c.id(), "service_policy", id);

        assertThat(rows)
                .extracting(r -> r.get("action"))
                .containsExactly("SERVICE_POLICY_CREATE", "SERVICE_POLICY_UPDATE", "SERVICE_POLICY_DELETE");
        assertThat(rows).extracting(r -> r.get("result")).containsOnly("SUCCESS");
        assertThat((String) rows.get(0).get("new_value"))
                .contains("name=Audited", "apns=iot.example", "rat_types=2G,3G,4G,5G,LTE-M,NB-IoT");
        assertThat(rows.get(1).get("old_value")).isEqualTo("apns=iot.example sms_limit=null");
        assertThat(rows.get(1).get("new_value")).isEqualTo("apns=em sms_limit=10");
        assertThat((String) rows.get(2).get("old_value")).contains("name=Audited", "sms_limit=10");
        assertThat(rows.get(0).get("actor_name")).asString().startsWith("admin@");
    }

    @Test
    void coveragePolicyChangesLeaveAuditEntriesWithTheChangedFields() {
        Customer c = Customer.create(this, operator(), unique("CpAudit"));
        long id = create(c.admin(), "/api/v1/coverage-policies", coveragePolicy("Roaming EU"));
        c.admin().patch("/api/v1/coverage-policies/" + id, Map.of("allowed_countries", List.of()));

        List<Map<String, Object>> rows = auditRows(jdbc, c.id(), "coverage_policy", id);

        assertThat(rows)
                .extracting(r -> r.get("action"))
                .containsExactly("COVERAGE_POLICY_CREATE", "COVERAGE_POLICY_UPDATE");
        assertThat(rows.get(0).get("new_value"))
                .isEqualTo("name=\"Roaming EU\" allowed_countries=262,208 blocked_operators=262-07");
        assertThat(rows.get(1).get("old_value")).isEqualTo("allowed_countries=262,208");
        assertThat(rows.get(1).get("new_value")).isEqualTo("allowed_countries=\"\"");
    }

    @Test
    void policyChangesRaisePolicyChangedEvents() {
        Customer c = Customer.create(this, operator(), unique("PolEvents"));
        long id = create(c.admin(), "/api/v1/service-policies", servicePolicy("Evented"));
        c.admin().patch("/api/v1/service-policies/" + id, Map.of("sms_mt_allowed", false));

        List<String> descriptions = jdbc.queryForList(
                "SELECT description FROM event WHERE org_id = ? AND type = 'POLICY_CHANGED' ORDER BY id",
                String.class,
                c.id());

        assertThat(descriptions)
                .containsExactly(
                        "Service policy 'Evented' created", "Service policy 'Evented' updated: sms_mt_allowed");
    }

    @Test
    void refusedPolicyWriteIsAuditedAsAFailure() {
        Customer c = Customer.create(this, operator(), unique("PolRefused"));
        long id = create(c.admin(), "/api/v1/service-policies", servicePolicy("Guarded"));

        c.user().patch("/api/v1/service-policies/" + id, Map.of("sms_limit", 0));

        List<Map<String, Object>> rows = auditRows(jdbc, c.id(), "service_policy", id);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("action")).isEqualTo("SERVICE_POLICY_UPDATE");
        assertThat(rows.get(1).get("result")).isEqualTo("FAILURE");
        assertThat(rows.get(1).get("actor_name")).asString().startsWith("user@");
    }
}
