package org.simfleet.app.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An endpoint with an ACTIVE SIM, and the rows the HLR interface and the accounting store would have written for it:
 * these tests read connectivity, so they lay down its inputs directly.
 */
final class ConnectivityFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    record Device(long endpointId, long simId, String iccid) {}

    private ConnectivityFixtures() {}

    static Device device(JdbcTemplate jdbc, Customer customer) {
        int n = SERIAL.incrementAndGet();
        Api admin = customer.admin();
        Api.Response sp = admin.post("/api/v1/service-policies", Map.of("name", "Data " + n, "apns", List.of("em")));
        Api.Response cp = admin.post("/api/v1/coverage-policies", Map.of("name", "Anywhere " + n));
        assertThat(sp.status()).as("service policy: %s", sp).isEqualTo(201);
        assertThat(cp.status()).as("coverage policy: %s", cp).isEqualTo(201);
        String iccid = EndpointTestSims.insertOne(jdbc, customer.id(), "ACTIVE");
        Api.Response e = admin.post(
                "/api/v1/endpoints",
                Map.of(
                        "name",
                        "Tracker " + n,
                        "service_policy_id",
                        sp.json().get("id").asLong(),
                        "coverage_policy_id",
                        cp.json().get("id").asLong(),
                        "sim_iccid",
                        iccid));
        assertThat(e.status()).as("endpoint: %s", e).isEqualTo(201);
        long simId = jdbc.queryForObject("SELECT id FROM sim WHERE iccid = ?", Long.class, iccid);
        return new Device(e.json().get("id").asLong(), simId, iccid);
    }

    static void registered(JdbcTemplate jdbc, long orgId, Device d, boolean attached, String blockedReason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update(
                """
                INSERT INTO network_registration (sim_id, org_id, attached, domain, mcc, mnc, rat_type, node,
                                                  blocked_reason, since, updated_at)
                VALUES (?, ?, ?, 'PS', '262', '01', 'LTE', 'mme1.epc.mnc001.mcc262', ?, ?, ?)""",
                d.simId(),
                orgId,
                attached,
                blockedReason,
                now.minusMinutes(30),
                now);
    }

    /** An open data session at {@code gateway}, as an Accounting Start leaves it. */
    static UUID openSession(JdbcTemplate jdbc, long orgId, Device d, String gateway, String acctSessionId) {
        UUID id = UUID.randomUUID();
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        jdbc.update(
                """
                INSERT INTO data_session (id, gateway_address, acct_session_id, org_id, sim_id, endpoint_id, imsi,
                    user_name, apn, framed_ip, rat_type, mcc, mnc, started_at, last_update_at, bytes_up, bytes_down,
                    packets_up, packets_down)
                VALUES (?, ?, ?, ?, ?, ?, '901770000000001', '901770000000001', 'em', '100.64.0.9', 'LTE', '262',
                        '01', ?, ?, 0, 0, 0, 0)""",
                id,
                gateway,
                acctSessionId,
                orgId,
                d.simId(),
                d.endpointId(),
                started,
                started);
        return id;
    }
}
