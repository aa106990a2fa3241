package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application with a registered test gateway at 127.0.0.1, and subscribers to account for: a customer's SIM
 * in an endpoint, or an IMSI that is no SIM at all.
 */
abstract class AccountingTestBase extends ApiTest {

    private static final AtomicLong IMSI_SERIAL = new AtomicLong();

    @Autowired
    RadiusListener radius;

    @Autowired
    GatewayDirectory gateways;

    private TestGateway gateway;

    /** A customer's SIM, in an endpoint of the customer. */
    record Subscriber(Customer customer, long simId, String iccid, String imsi, long endpointId) {}

    TestGateway gateway() {
        if (gateway == null) {
            gateway = TestGateway.registered(jdbc(), gateways, "127.0.0.1", radius.acctPort());
        }
        return gateway;
    }

    @AfterEach
    void closeGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    Subscriber subscriber(Customer c) {
        String iccid = EndpointTestSims.insertOne(jdbc(), c.id(), "ACTIVE");
        Map<String, Object> sim = jdbc().queryForMap("SELECT id, imsi FROM sim WHERE iccid = ?", iccid);
        Api admin = c.admin();
        Api.Response sp =
                admin.post("/api/v1/service-policies", Map.of("name", unique("Service"), "apns", List.of("em")));
        Api.Response cp = admin.post("/api/v1/coverage-policies", Map.of("name", unique("Coverage")));
        assertThat(sp.status()).as("service policy: %s", sp).isEqualTo(201);
        assertThat(cp.status()).as("coverage policy: %s", cp).isEqualTo(201);
        Api.Response e = admin.post(
                "/api/v1/endpoints",
                Map.of(
                        "name", unique("Tracker"),
                        "service_policy_id", sp.json().get("id").asLong(),
                        "coverage_policy_id", cp.json().get("id").asLong(),
                        "sim_iccid", iccid));
        assertThat(e.status()).as("endpoint: %s", e).isEqualTo(201);
        return new Subscriber(
                c,
                ((Number) sim.get("id")).longValue(),
                iccid,
                (String) sim.get("imsi"),
                e.json().get("id").asLong());
    }

    Subscriber subscriber() {
        return subscriber(Customer.create(this, operator(), unique("Fleet")));
    }

    /** An IMSI no SIM has: MCC 001 is the test network's, and no fixture imports SIMs there. */
    static String strangerImsi() {
        return "00199"
                + String.format(
                        "%010d", ProcessHandle.current().pid() % 100_000 * 100_000 + IMSI_SERIAL.incrementAndGet());
    }

    /** An Acct-Session-Id no other test uses. */
    static String sessionId() {
        return unique("acct");
    }

    Map<String, Object> session(String acctSessionId) {
        return jdbc().queryForMap("SELECT * FROM data_session WHERE acct_session_id = ?", acctSessionId);
    }

    /** Sums of the usage records of a session: bytes_up, bytes_down, records. */
    long[] usage(String acctSessionId) {
        return jdbc().queryForObject(
                        """
                SELECT COALESCE(SUM(u.bytes_up), 0), COALESCE(SUM(u.bytes_down), 0), COUNT(u.id)
                FROM data_session s LEFT JOIN usage_record u ON u.session_id = s.id
                WHERE s.acct_session_id = ?""",
                        (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                        acctSessionId);
    }
}
