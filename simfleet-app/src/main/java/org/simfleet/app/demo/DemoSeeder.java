package org.simfleet.app.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.config.StartupBanner;
import org.simfleet.app.tenant.SystemLogins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * With {@code simfleet.demo=true} ({@code ./simfleet demo}) and no "Demo Fleet" yet, builds the demo
 * through the REST API: the operator registers this machine as a packet gateway ("Demo PGW" at 127.0.0.1),
 * imports 1,250 SIMs and creates the customer with an address pool; the customer's admin registers its batch, sets up policies
 * (every service policy allows the APN "em"), moves SIMs through the lifecycle in bulk and creates the
 * endpoints. Runs after the platform bootstrap, once the web server listens. Every start leaves the simulator's two
 * application tokens in the data directory ({@link SimulatorCredentials}) for {@code ./simfleet demo} to hand it.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

    static final String ORGANISATION = "Demo Fleet";
    static final String ADMIN_EMAIL = "demo@simfleet.local";
    static final String GATEWAY_NAME = "Demo PGW";
    static final String GATEWAY_ADDRESS = "127.0.0.1";
    /** The fleet's static addresses: 4,096 in the shared address space of RFC 6598, for its 1,000 endpoints. */
    static final String IP_POOL = "100.64.0.0/20";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final boolean enabled;
    private final String radiusSecret;
    private final Path dataDir;
    private final JdbcClient jdbc;
    private final SystemLogins logins;
    private final StartupBanner banner;
    private final Environment environment;

    DemoSeeder(
            @Value("${simfleet.demo}") boolean enabled,
            @Value("${simfleet.demo-radius-secret}") String radiusSecret,
            @Value("${simfleet.data-dir}") String dataDir,
            JdbcClient jdbc,
            SystemLogins logins,
            StartupBanner banner,
            Environment environment) {
        this.enabled = enabled;
        this.radiusSecret = radiusSecret;
        this.dataDir = Path.of(dataDir);
        this.jdbc = jdbc;
        this.logins = logins;
        this.banner = banner;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        DemoClient operator = new DemoClient(
                "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"),
                logins.operatorAdminToken());
        // also on a demo seeded before gateways existed: a local PGW simulator or radclient works from the start
        registerGateway(operator);
        Long orgId = jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(ORGANISATION)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (orgId != null) {
            banner.add("Demo Fleet admin: " + ADMIN_EMAIL + " (password as printed when the demo was first seeded)");
            SimulatorCredentials.ensure(dataDir, operator, operator.as(logins.organisationAdminToken(orgId)));
            return;
        }
        long start = System.nanoTime();
        String password = seed(operator);
        log.info("Demo fleet seeded in {} ms", (System.nanoTime() - start) / 1_000_000);
        banner.add("Demo Fleet admin: " + ADMIN_EMAIL + " / " + password + "   <- generated, shown only this once");
    }

    /** Registers this machine as the packet gateway "Demo PGW", unless a gateway at its address exists already. */
    private void registerGateway(DemoClient operator) {
        if (jdbc.sql("SELECT COUNT(*) FROM gateway WHERE address = ?")
                        .param(GATEWAY_ADDRESS)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        operator.post(
                "/api/v1/network/gateways",
                Map.of("name", GATEWAY_NAME, "address", GATEWAY_ADDRESS, "secret", radiusSecret));
        banner.add("Demo PGW: RADIUS clients on " + GATEWAY_ADDRESS
                + " are answered with the shared secret SIMFLEET_DEMO_RADIUS_SECRET (default testing123)");
    }

    private String seed(DemoClient operator) {
        List<DemoFleet.DemoSim> sims = DemoFleet.sims();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DemoFleet.DemoSim s : sims) {
            lines.add(Map.of(
                    "iccid",
                    s.iccid(),
                    "imsi",
                    s.imsi(),
                    "msisdn",
                    s.msisdn(),
                    "form_factor",
                    s.formFactor(),
                    "quality_grade",
                    s.qualityGrade()));
        }
        String bic = operator.post("/api/v1/sims/import", Map.of("sims", lines))
                .get("batch")
                .get("bic")
                .asText();
        operator.post("/api/v1/sims/import", Map.of("sims", DemoFleet.stock()));

        JsonNode org = operator.post(
                "/api/v1/organisations",
                Map.of("name", ORGANISATION, "admin_email", ADMIN_EMAIL, "admin_name", "Demo Fleet administrator"));
        String password = org.get("admin").get("password").asText();
        // before the endpoints exist, so each gets its static address as it is created
        operator.patch("/api/v1/organisations/" + org.get("id").asLong(), Map.of("ip_pool", IP_POOL));
        String token = operator.as(null)
                .post("/api/v1/authenticate", Map.of("username", ADMIN_EMAIL, "password", password))
                .get("auth_token")
                .asText();
        DemoClient customer = operator.as(token);
        customer.post("/api/v1/sims/register", Map.of("bic", bic));

        Map<String, Long> policies = createPolicies(customer);
        moveThroughLifecycle(customer, sims);
        createEndpoints(customer, sims, policies);
        SimulatorCredentials.ensure(dataDir, operator, customer);
        return password;
    }

    private static Map<String, Long> createPolicies(DemoClient customer) {
        Map<String, Long> ids = new HashMap<>();
        ids.put(
                "Trackers",
                customer.post(
                                "/api/v1/service-policies",
                                Map.of(
                                        "name",
                                        "Trackers",
                                        "rat_types",
                                        List.of("2G", "4G", "LTE-M"),
                                        "apns",
                                        List.of("em"),
                                        "dns_servers",
                                        List.of("8.8.8.8", "1.1.1.1"),
                                        "data_limit_bytes",
                                        50L * 1024 * 1024,
                                        "sms_limit",
                                        300,
                                        "interim_interval_seconds",
                                        600))
                        .get("id")
                        .asLong());
        ids.put(
                "Smart meters",
                customer.post(
                                "/api/v1/service-policies",
                                Map.of(
                                        "name",
                                        "Smart meters",
                                        "rat_types",
                                        List.of("LTE-M", "NB-IoT"),
                                        "apns",
                                        List.of("em"),
                                        "sms_mo_allowed",
                                        false,
                                        "data_limit_bytes",
                                        5L * 1024 * 1024,
                                        "sms_limit",
                                        10,
                                        "interim_interval_seconds",
                                        3600))
                        .get("id")
                        .asLong());
        ids.put(
                "Routers",
                customer.post(
                                "/api/v1/service-policies",
                                Map.of(
                                        "name",
                                        "Routers",
                                        "rat_types",
                                        List.of("4G", "5G"),
                                        "apns",
                                        List.of("em", "internet.m2m"),
                                        "dns_servers",
                                        List.of("9.9.9.9"),
                                        "data_limit_bytes",
                                        20L * 1024 * 1024 * 1024,
                                        "interim_interval_seconds",
                                        300))
                        .get("id")
                        .asLong());
        ids.put(
                "Europe",
                customer.post(
                                "/api/v1/coverage-policies",
                                Map.of(
                                        "name",
                                        "Europe",
                                        "allowed_countries",
                                        List.of(
                                                "262", "208", "222", "214", "234", "204", "206", "232", "228", "240",
                                                "238", "260"),
                                        "blocked_operators",
                                        List.of("234-20")))
                        .get("id")
                        .asLong());
        ids.put(
                "Worldwide",
                customer.post(
                                "/api/v1/coverage-policies",
                                Map.of(
                                        "name",
                                        "Worldwide",
                                        "allowed_countries",
                                        List.of(),
                                        "blocked_operators",
                                        List.of()))
                        .get("id")
                        .asLong());
        ids.put(
                "Germany only",
                customer.post(
                                "/api/v1/coverage-policies",
                                Map.of(
                                        "name",
                                        "Germany only",
                                        "allowed_countries",
                                        List.of("262"),
                                        "blocked_operators",
                                        List.of("262-07")))
                        .get("id")
                        .asLong());
        return ids;
    }

    /** REGISTERED → TEST / ACTIVE / TERMINATED, then some ACTIVE → SUSPENDED: only allowed transitions. */
    private static void moveThroughLifecycle(DemoClient customer, List<DemoFleet.DemoSim> sims) {
        Map<String, List<String>> firstStep = new LinkedHashMap<>();
        List<String> suspend = new ArrayList<>();
        for (DemoFleet.DemoSim s : sims) {
            String first = s.state().equals("SUSPENDED") ? "ACTIVE" : s.state();
            if (!first.equals("REGISTERED")) {
                firstStep.computeIfAbsent(first, k -> new ArrayList<>()).add(s.iccid());
            }
            if (s.state().equals("SUSPENDED")) {
                suspend.add(s.iccid());
            }
        }
        firstStep.forEach((state, iccids) ->
                customer.post("/api/v1/sims/state-changes", Map.of("target_state", state, "iccids", iccids)));
        customer.post("/api/v1/sims/state-changes", Map.of("target_state", "SUSPENDED", "iccids", suspend));
    }

    private static void createEndpoints(DemoClient customer, List<DemoFleet.DemoSim> sims, Map<String, Long> policies) {
        int device = 0;
        for (DemoFleet.DemoSim s : sims) {
            if (s.state().equals("REGISTERED") || s.state().equals("TERMINATED")) {
                continue;
            }
            device++;
            DemoFleet.DeviceKind kind = DemoFleet.kindOf(device);
            Map<String, Object> body = new HashMap<>();
            body.put("name", String.format("%s %04d", kind.name(), device));
            body.put("tags", kind.tags());
            body.put("imei", DemoFleet.imei(kind, device));
            body.put("imei_lock", device % 4 == 0);
            body.put("status", device % 33 == 0 ? "DISABLED" : "ENABLED");
            body.put("service_policy_id", policies.get(kind.servicePolicy()));
            body.put("coverage_policy_id", policies.get(kind.coveragePolicy()));
            body.put("sim_iccid", s.iccid());
            customer.post("/api/v1/endpoints", body);
        }
        for (int spare = 1; spare <= 20; spare++) { // devices in the warehouse, no SIM yet
            DemoFleet.DeviceKind kind = DemoFleet.kindOf(device + spare);
            customer.post(
                    "/api/v1/endpoints",
                    Map.of(
                            "name",
                            String.format("Spare %s %02d", kind.name().toLowerCase(), spare),
                            "tags",
                            List.of("spare"),
                            "service_policy_id",
                            policies.get(kind.servicePolicy()),
                            "coverage_policy_id",
                            policies.get(kind.coveragePolicy())));
        }
    }
}
