package org.simfleet.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.app.policy.Policies;
import org.simfleet.app.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What {@code ./simfleet demo} promises: the Demo Fleet with 1,000 SIMs in mixed states, endpoints and policies, and
 * this machine as a packet gateway whose requests for the fleet's ACTIVE SIMs on APN "em" the policies allow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "simfleet.demo=true")
class DemoSeederTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GatewayDirectory gateways;

    @Autowired
    Policies policies;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // A database of its own: the seeded organisation must not meet the other tests' data.
        Map<String, String> fresh = TestDatabase.fresh();
        fresh.forEach((k, v) -> registry.add(k, () -> v));
        // the simulator's tokens go to a directory of the build, not the working copy's ./data
        registry.add(
                "simfleet.data-dir",
                () -> "target/demo-seeder-" + ProcessHandle.current().pid());
    }

    private long demoOrg() {
        return jdbc.queryForObject("SELECT id FROM organisation WHERE name = ?", Long.class, DemoSeeder.ORGANISATION);
    }

    @Test
    void demoFleetOwnsAThousandSimsInEveryEverydayState() {
        var counts =
                jdbc.queryForList("SELECT state, COUNT(*) AS n FROM sim WHERE org_id = ? GROUP BY state", demoOrg());

        assertThat(counts)
                .extracting(r -> r.get("state"))
                .containsExactlyInAnyOrder("REGISTERED", "TEST", "ACTIVE", "SUSPENDED", "TERMINATED");
        assertThat(counts.stream()
                        .mapToLong(r -> ((Number) r.get("n")).longValue())
                        .sum())
                .isEqualTo(DemoFleet.SIMS);
    }

    @Test
    void operatorKeepsUnregisteredStock() {
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sim WHERE org_id IS NULL AND state = 'INVENTORY'", Long.class))
                .isEqualTo(DemoFleet.STOCK);
    }

    @Test
    void everySimInServiceSitsInAnEndpointWithPolicies() {
        long inService = jdbc.queryForObject(
                "SELECT COUNT(*) FROM sim WHERE org_id = ? AND state IN ('TEST', 'ACTIVE', 'SUSPENDED')",
                Long.class,
                demoOrg());
        long onEndpoints = jdbc.queryForObject(
                "SELECT COUNT(*) FROM endpoint WHERE org_id = ? AND sim_id IS NOT NULL", Long.class, demoOrg());

        assertThat(onEndpoints).isEqualTo(inService).isEqualTo(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_policy WHERE org_id = ?", Long.class, demoOrg()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coverage_policy WHERE org_id = ?", Long.class, demoOrg()))
                .isEqualTo(3);
    }

    @Test
    void seedingLeavesTheAuditTrailARealCustomerWould() {
        long stateChanges = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE org_id = ? AND action = 'SIM_STATE_CHANGE' AND actor_name = ?",
                Long.class,
                demoOrg(),
                DemoSeeder.ADMIN_EMAIL);

        assertThat(stateChanges).isEqualTo(750 + 125 + 125 + 125 + 60);
    }

    @Test
    void registersThisMachineAsTheDemoGatewayThroughTheApi() throws Exception {
        var gateway = gateways.at(InetAddress.getByName("127.0.0.1")).orElseThrow();

        assertThat(gateway.name()).isEqualTo(DemoSeeder.GATEWAY_NAME);
        assertThat(new String(gateway.secret(), StandardCharsets.UTF_8)).isEqualTo("testing123");
        assertThat(gateway.coaPort()).isEqualTo(3799);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'GATEWAY_CREATE' AND actor_type = 'USER'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void everyActiveSimSitsInAnEndpointWhosePolicyAllowsTheApnEm() {
        List<Long> servicePolicies = jdbc.queryForList(
                """
                SELECT e.service_policy_id FROM sim s LEFT JOIN endpoint e ON e.sim_id = s.id
                WHERE s.org_id = ? AND s.state = 'ACTIVE'""",
                Long.class,
                demoOrg());

        assertThat(servicePolicies).hasSize(750).doesNotContainNull();
        assertThat(servicePolicies.stream().distinct()).allSatisfy(id -> assertThat(
                        policies.service(demoOrg(), id).orElseThrow().allowsApn("em"))
                .as("service policy %d allows em", id)
                .isTrue());
    }

    @Test
    void everyEndpointGetsAStaticAddressFromTheFleetsPool() {
        List<String> addresses = jdbc.queryForList(
                "SELECT ip_address FROM endpoint WHERE org_id = ? AND sim_id IS NOT NULL", String.class, demoOrg());

        assertThat(addresses).hasSize(1000).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(addresses).allSatisfy(a -> assertThat(a).startsWith("100.64."));
    }
}
