package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.AddressBlocks;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the authorization tests: the whole application with its RADIUS listener on an ephemeral loopback port,
 * 127.0.0.1 registered as a gateway, and devices made through the API the way a customer makes them (SIM imported by
 * the operator, registered and activated by the customer, put on an endpoint with policies of its own).
 */
abstract class AaaApiTest extends ApiTest {

    /** The secret this suite registers 127.0.0.1 with, unless another suite registered it first. */
    private static final String SECRET = "aaa-test-secret";
    /** IMSIs 00103 + 10 digits and ICCIDs 8949… of their own, which no other suite uses. */
    private static final AtomicLong SERIAL = new AtomicLong();

    private static final Map<Class<?>, Customer> CUSTOMERS = new ConcurrentHashMap<>();
    private static final Map<String, Api> OPERATORS = new ConcurrentHashMap<>();
    private static final Map<Long, String> POOLS = new ConcurrentHashMap<>();

    @Autowired
    private RadiusListener radius;

    @Autowired
    private GatewayDirectory gateways;

    /** A device as the tests know it; the policies are its own, so a test may change them. */
    record Device(String imsi, String iccid, long simId, long endpointId, long servicePolicy, long coveragePolicy) {}

    /** The operator's admin, logged in once per application (password hashing makes logins slow). */
    protected Api op() {
        return OPERATORS.computeIfAbsent(baseUrl(), url -> operator());
    }

    /** One customer per test class, so the classes' devices never meet, with an address pool of its own. */
    protected Customer customer() {
        return CUSTOMERS.computeIfAbsent(getClass(), k -> {
            Customer c = Customer.create(this, op(), unique("Aaa"));
            String pool = AddressBlocks.next24();
            assertThat(op().patch("/api/v1/organisations/" + c.id(), Map.of("ip_pool", pool))
                            .status())
                    .isEqualTo(200);
            POOLS.put(c.id(), pool);
            return c;
        });
    }

    /** The customer's pool, e.g. "10.0.7.0/24". */
    protected String poolOf(Customer c) {
        return POOLS.get(c.id());
    }

    /** A gateway client for the running server: 127.0.0.1 is registered as a gateway first if it is not yet. */
    protected AccessClient gateway() {
        return new AccessClient(radius.authPort(), gatewaySecret());
    }

    /** The shared secret of the gateway 127.0.0.1, registering it first if no suite has yet. */
    protected String gatewaySecret() {
        List<String> secrets =
                jdbc().queryForList("SELECT secret FROM gateway WHERE address = '127.0.0.1'", String.class);
        return secrets.isEmpty() ? register() : secrets.get(0);
    }

    private synchronized String register() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc().update(
                        "INSERT INTO gateway (name, address, secret, coa_port, created_at, updated_at)"
                                + " VALUES ('aaa-test', '127.0.0.1', ?, 3799, ?, ?)",
                        SECRET,
                        now,
                        now);
        gateways.reload();
        return SECRET;
    }

    /** An ACTIVE SIM of the customer on a new ENABLED endpoint, APN "em", every radio type, worldwide. */
    protected Device device(Customer c) {
        return device(c, Map.of(), Map.of(), Map.of());
    }

    /**
     * A device whose service policy, coverage policy and endpoint bodies are the defaults with {@code service},
     * {@code coverage} and {@code endpoint} laid over them.
     */
    protected Device device(
            Customer c, Map<String, Object> service, Map<String, Object> coverage, Map<String, Object> endpoint) {
        String[] sim = activeSim(c);
        long servicePolicy = servicePolicy(c, service);
        Map<String, Object> cp = new HashMap<>(Map.of("name", unique("Coverage")));
        cp.putAll(coverage);
        long coveragePolicy = created(c.admin().post("/api/v1/coverage-policies", cp));
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                unique("Device"),
                "service_policy_id",
                servicePolicy,
                "coverage_policy_id",
                coveragePolicy,
                "sim_iccid",
                sim[0]));
        body.putAll(endpoint);
        long endpointId = created(c.user().post("/api/v1/endpoints", body));
        return new Device(sim[1], sim[0], simId(sim[0]), endpointId, servicePolicy, coveragePolicy);
    }

    /** A service policy with APN "em", two IPv4 DNS servers and a 900 s interim interval, with {@code fields} over. */
    protected long servicePolicy(Customer c, Map<String, Object> fields) {
        Map<String, Object> sp = new HashMap<>(Map.of(
                "name",
                unique("Service"),
                "apns",
                List.of("em"),
                "dns_servers",
                List.of("192.0.2.53", "192.0.2.54"),
                "interim_interval_seconds",
                900));
        sp.putAll(fields);
        return created(c.admin().post("/api/v1/service-policies", sp));
    }

    /** Imports one SIM as the operator, registers and activates it as the customer; answers {iccid, imsi}. */
    protected String[] activeSim(Customer c) {
        String[] sim = registeredSim(c);
        Api.Response r = c.admin().patch("/api/v1/sims/" + sim[0], Map.of("state", "ACTIVE"));
        assertThat(r.status()).as("activate: %s", r).isEqualTo(200);
        return sim;
    }

    /** Imports one SIM as the operator and registers it as the customer; answers {iccid, imsi}. */
    protected String[] registeredSim(Customer c) {
        String[] sim = inventorySim();
        Api.Response r = c.user().post("/api/v1/sims/register", Map.of("bic", sim[2]));
        assertThat(r.status()).as("register: %s", r).isEqualTo(200);
        return sim;
    }

    /** Imports one SIM into the operator's inventory; answers {iccid, imsi, bic}. */
    protected String[] inventorySim() {
        long n = ProcessHandle.current().pid() % 100_000 * 100_000 + SERIAL.incrementAndGet();
        String iccid = Iccid.withCheckDigit("8949" + "%015d".formatted(n)).value();
        String imsi = "00103" + "%010d".formatted(n);
        Api.Response r =
                op().post("/api/v1/sims/import", Map.of("sims", List.of(Map.of("iccid", iccid, "imsi", imsi))));
        assertThat(r.status()).as("import: %s", r).isEqualTo(201);
        return new String[] {iccid, imsi, r.json().get("batch").get("bic").asText()};
    }

    protected long simId(String iccid) {
        return jdbc().queryForObject("SELECT id FROM sim WHERE iccid = ?", Long.class, iccid);
    }

    protected static long created(Api.Response r) {
        assertThat(r.status()).as("create: %s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
