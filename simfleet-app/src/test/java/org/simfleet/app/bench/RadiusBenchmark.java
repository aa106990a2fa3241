package org.simfleet.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives Simfleet's RADIUS server with the yardstick's load generators, as a packet gateway would: LoadGen's
 * Accounting-Requests (Start, Interim-Updates, Stop; acknowledged only once durable) and AuthGen's Access-Requests
 * against {@code bench.sims} provisioned subscribers (default 1,000,000). The subscribers are LoadGen's and AuthGen's
 * run-id 1 block (IMSI 00101 + 10 digits from 0001000000), imported and registered through the API; activation and
 * the endpoints (one per SIM, static IP 100.64.0.0 + n as AuthGen checks) are written in bulk SQL, because the point
 * here is the RADIUS path, not a million endpoint POSTs. Run with {@code ./simfleet bench radius}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "simfleet.admin-email=" + RadiusBenchmark.OPERATOR,
            "simfleet.admin-password=" + RadiusBenchmark.PASSWORD,
            "simfleet.login.max-failures-per-address=100000",
            // no 5-minute full rebuild of the read model in the middle of a measurement
            "simfleet.aaa.reconcile-interval=0"
        })
class RadiusBenchmark extends BenchmarkBase {

    static final String OPERATOR = "operator@bench.test";
    static final String PASSWORD = "bench-operator-password";
    private static final String SECRET = "bench-secret";
    private static final int CHUNK = 100_000;
    /** LoadGen's and AuthGen's run-id 1: subscriber n has IMSI 00101 + the 10 digits of 1,000,000 + n. */
    private static final long IMSI_BLOCK = 1_000_000L;

    private static final Path YARDSTICK =
            Path.of(System.getProperty("bench.yardstick", "../../shared/bench/freeradius"));
    private static final int DURATION = Integer.getInteger("bench.seconds", 45);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RadiusListener radius;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        benchDatabase(registry);
    }

    @Test
    void accountingAndAccessUnderLoad() throws Exception {
        int total = Integer.getInteger("bench.sims", 1_000_000);
        String base = "http://127.0.0.1:" + port;
        Api operator = login(base, OPERATOR, PASSWORD);
        report.add("# RADIUS: accounting and access under load, " + String.format("%,d", total)
                + " provisioned SIMs on " + dbName());

        long t0 = System.nanoTime();
        provision(operator, base, total);
        report.add("");
        report.add(String.format("Provisioning %,d SIMs with endpoints: %.0f s.", total, seconds(t0)));

        Map<String, String> acct = run(
                "LoadGen.java",
                "--port",
                String.valueOf(radius.acctPort()),
                "--secret",
                SECRET,
                "--sessions",
                String.valueOf(Integer.getInteger("bench.sessions", 1_000_000)),
                "--interims",
                "3",
                "--window",
                System.getProperty("bench.acct.window", "256"),
                "--duration",
                String.valueOf(DURATION),
                "--warmup",
                String.valueOf(WARMUP),
                "--run-id",
                "1",
                "--quiet");
        long lostInDb = lostInDatabase(acct);
        // The same accounting load from the simulator's --profile load (what ./simfleet simulate runs), against the
        // same platform and subscribers in the same run, so its figures can be read against LoadGen's.
        Map<String, String> simulated = launch(
                "simfleet simulate --profile load",
                simulatorCommand(
                        "--profile",
                        "load",
                        "--subscribers",
                        String.valueOf(total),
                        "--target",
                        base,
                        "--acct-port",
                        String.valueOf(radius.acctPort()),
                        "--secret",
                        SECRET,
                        "--window",
                        System.getProperty("bench.acct.window", "256"),
                        "--interims",
                        "3",
                        // LoadGen's --duration includes its warm-up; the simulator's --seconds follow it
                        "--seconds",
                        String.valueOf(DURATION - WARMUP),
                        "--warmup",
                        String.valueOf(WARMUP)));
        Map<String, String> auth = run(
                "AuthGen.java",
                "--port",
                String.valueOf(radius.authPort()),
                "--secret",
                SECRET,
                "--subscribers",
                String.valueOf(total),
                "--window",
                System.getProperty("bench.auth.window", "64"),
                "--duration",
                String.valueOf(DURATION),
                "--warmup",
                String.valueOf(WARMUP),
                "--run-id",
                "1",
                "--quiet");

        report.add("");
        report.add("| path | requests/s | p50 ms | p99 ms | lost | notes |");
        report.add("|---|---:|---:|---:|---:|---|");
        report.add(String.format(
                "| accounting (LoadGen, window %s, Start + 3 Interim + Stop) | %s | %s | %s | %d | %s acked, %s retransmits, %d acknowledged records missing from the database; CPU: %s |",
                acct.get("window"),
                acct.get("acked_per_s"),
                acct.get("lat_p50_ms"),
                acct.get("lat_p99_ms"),
                Long.parseLong(acct.get("lost")) + lostInDb,
                acct.get("acked"),
                acct.get("retransmits"),
                lostInDb,
                acct.get("cpu")));
        report.add(String.format(
                "| accounting (`./simfleet simulate --profile load`, window %s, same sessions) | %s | %s | %s | %s | %s acked, %s retransmits; CPU: %s |",
                simulated.get("window"),
                simulated.get("acked_per_s"),
                simulated.get("lat_p50_ms"),
                simulated.get("lat_p99_ms"),
                simulated.get("lost"),
                simulated.get("acked"),
                simulated.get("retransmits"),
                simulated.get("cpu")));
        report.add(String.format(
                "| access (AuthGen, window %s, random subscriber of %,d) | %s | %s | %s | %s | %s accepted with the right Framed-IP-Address, %s wrong, %s unexpected; CPU: %s |",
                auth.get("window"),
                total,
                auth.get("accepted_per_s"),
                auth.get("lat_p50_ms"),
                auth.get("lat_p99_ms"),
                auth.get("lost"),
                auth.get("accept_ip_ok"),
                auth.get("accept_ip_wrong"),
                auth.get("unexpected"),
                auth.get("cpu")));
        finish("radius");
        Files.writeString(
                Path.of("target", "bench", "radius-" + dbKey() + ".properties"),
                "acct_per_s=" + acct.get("acked_per_s") + "\nsimulated_acct_per_s=" + simulated.get("acked_per_s")
                        + "\nsimulated_acct_p99_ms=" + simulated.get("lat_p99_ms") + "\nacct_p99_ms="
                        + acct.get("lat_p99_ms") + "\nacct_lost="
                        + (Long.parseLong(acct.get("lost")) + lostInDb) + "\nauth_per_s=" + auth.get("accepted_per_s")
                        + "\nauth_p99_ms=" + auth.get("lat_p99_ms") + "\n");
        assertThat(lostInDb)
                .as("acknowledged accounting records missing from the database")
                .isZero();
    }

    private void provision(Api operator, String base, int total) throws IOException, InterruptedException {
        for (int from = 0; from < total; from += CHUNK) {
            Api.Response r = operator.postRaw(
                    "/api/v1/sims/import?bic=RADIUS-" + from / CHUNK,
                    "text/csv",
                    csv(from, Math.min(total, from + CHUNK)));
            assertThat(r.status()).as("import: %s", r.status()).isEqualTo(201);
        }
        Customer customer = Customer.create((e, p) -> login(base, e, p), operator, "Radius Fleet " + System.nanoTime());
        for (int from = 0; from < total; from += CHUNK) {
            assertThat(customer.admin()
                            .post("/api/v1/sims/register", Map.of("bic", "RADIUS-" + from / CHUNK))
                            .status())
                    .isEqualTo(200);
        }
        long service = customer.admin()
                .post(
                        "/api/v1/service-policies",
                        Map.of("name", "Bench", "apns", List.of("iot.bench"), "dns_servers", List.of("192.0.2.53")))
                .json()
                .get("id")
                .asLong();
        long coverage = customer.admin()
                .post("/api/v1/coverage-policies", Map.of("name", "Bench"))
                .json()
                .get("id")
                .asLong();
        assertThat(operator.post(
                                "/api/v1/network/gateways",
                                Map.of("name", "Bench PGW", "address", "127.0.0.1", "secret", SECRET))
                        .status())
                .isEqualTo(201);
        jdbc.update("UPDATE sim SET state = 'ACTIVE' WHERE org_id = ?", customer.id());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(CHUNK);
        for (int n = 0; n < total; n++) {
            rows.add(new Object[] {customer.id(), "device-" + n, imsi(n), service, coverage, now, now});
            if (rows.size() == CHUNK || n == total - 1) {
                jdbc.batchUpdate(
                        """
                        INSERT INTO endpoint (org_id, name, status, imei_lock, sim_id, service_policy_id,
                                              coverage_policy_id, created_at, updated_at)
                        SELECT ?, ?, 'ENABLED', FALSE, s.id, ?, ?, ?, ? FROM sim s WHERE s.imsi = ?""",
                        rows.stream()
                                .map(r -> new Object[] {r[0], r[1], r[3], r[4], r[5], r[6], r[2]})
                                .toList());
                rows.clear();
            }
        }
        // Through the API: addresses every endpoint in id order (subscriber n gets 100.64.0.0 + n, as AuthGen checks)
        // and reloads the organisation into the AAA read model, the bulk SQL above included.
        // A million addresses and audit entries take one to two minutes, past the test client's timeout.
        HttpResponse<String> pool = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations/" + customer.id()))
                                .timeout(Duration.ofMinutes(30))
                                .header("Authorization", "Bearer " + operator.token())
                                .header("Content-Type", "application/json")
                                .method(
                                        "PATCH",
                                        HttpRequest.BodyPublishers.ofString("{\"ip_pool\": \"100.64.0.0/10\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(pool.statusCode()).as("pool: %s", pool.body()).isEqualTo(200);
    }

    /** Acknowledged Starts and Stops LoadGen counted that the database does not hold. */
    private long lostInDatabase(Map<String, String> acct) {
        long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM data_session", Long.class);
        long closed = jdbc.queryForObject("SELECT COUNT(*) FROM data_session WHERE ended_at IS NOT NULL", Long.class);
        return Math.max(0, Long.parseLong(acct.get("acked_start")) - sessions)
                + Math.max(0, Long.parseLong(acct.get("acked_stop")) - closed);
    }

    /** Runs one of the yardstick's single-file generators and answers its key=value summary. */
    private static Map<String, String> run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseParallelGC");
        command.add(YARDSTICK.resolve(program).toString());
        command.addAll(List.of(args));
        return launch(program, command);
    }

    /** The simulator's main class on this test's own class path (the module is a test dependency). */
    private static List<String> simulatorCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseParallelGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.simfleet.simulator.run.SimulatorMain");
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a load generator to its end and answers its key=value summary, with the CPU it and the server used. */
    private static Map<String, String> launch(String program, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("radius-bench", ".out");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        CpuShares cpu = new CpuShares(p);
        assertThat(p.waitFor()).as("%s exit status", program).isZero();
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("cpu", cpu.summary());
        for (String line : Files.readAllLines(out)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                summary.put(
                        line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        Files.delete(out);
        return summary;
    }

    static String imsi(long n) {
        return "00101" + String.format("%010d", IMSI_BLOCK + n);
    }

    private static String csv(long from, long to) {
        StringBuilder sb = new StringBuilder((int) (to - from) * 40 + 16);
        sb.append("iccid,imsi\n");
        for (long i = from; i < to; i++) {
            sb.append(Iccid.withCheckDigit("8949001" + String.format("%012d", i))
                            .value())
                    .append(',')
                    .append(imsi(i))
                    .append('\n');
        }
        return sb.toString();
    }
}
