package org.simfleet.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Imports {@code bench.sims} SIMs (default 1,000,000) through {@code POST /api/v1/sims/import} in CSV requests
 * of 100,000, bulk-activates one batch, then times the searches users run most, each over HTTP as a client
 * sees it. The baseline, measured in the same run on the same database: the same rows written with plain
 * JDBC batches into a bare table with the same indexes, and the same lookups as bare SQL — the floor no
 * API can go under. Run with {@code ./simfleet bench sims}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "simfleet.admin-email=" + SimInventoryBenchmark.OPERATOR,
            "simfleet.admin-password=" + SimInventoryBenchmark.PASSWORD,
            "simfleet.login.max-failures-per-address=100000"
        })
class SimInventoryBenchmark extends BenchmarkBase {

    static final String OPERATOR = "operator@bench.test";
    static final String PASSWORD = "bench-operator-password";
    private static final int CHUNK = 100_000;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 500);

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        benchDatabase(registry);
    }

    @Test
    void importAndSearchSims() throws IOException {
        int total = Integer.getInteger("bench.sims", 1_000_000);
        String base = "http://127.0.0.1:" + port;
        Api operator = login(base, OPERATOR, PASSWORD);
        report.add("# SIM inventory: import and search, " + String.format("%,d", total) + " SIMs on " + dbName());

        // 1. Import through the API, 100,000 per CSV request, one batch (BIC) each.
        List<String> bics = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int from = 0; from < total; from += CHUNK) {
            String bic = "BENCH-" + from / CHUNK;
            Api.Response r = operator.postRaw(
                    "/api/v1/sims/import?bic=" + bic, "text/csv", BenchSims.csv(from, Math.min(total, from + CHUNK)));
            assertThat(r.status())
                    .as("import: %s", r.body().length() > 500 ? r.body().substring(0, 500) : r.body())
                    .isEqualTo(201);
            bics.add(bic);
        }
        double apiSeconds = seconds(t0);
        double baselineSeconds = baselineImport(total);
        report.add("");
        report.add("| import | SIMs/s | total |");
        report.add("|---|---:|---:|");
        report.add(String.format(
                "| Simfleet `POST /api/v1/sims/import` (CSV, 100,000 per request, validated, all-or-nothing) | %,.0f | %.1f s |",
                total / apiSeconds, apiSeconds));
        report.add(String.format(
                "| baseline: bare JDBC batch insert, same rows and unique indexes | %,.0f | %.1f s |",
                total / baselineSeconds, baselineSeconds));

        // 2. A customer registers three batches and activates one of them in a single bulk request.
        Customer customer = Customer.create((e, p) -> login(base, e, p), operator, "Bench Fleet " + System.nanoTime());
        int registered = 0;
        for (String bic : bics.subList(0, Math.min(3, bics.size()))) {
            assertThat(customer.admin()
                            .post("/api/v1/sims/register", Map.of("bic", bic))
                            .status())
                    .isEqualTo(200);
            registered += Math.min(CHUNK, total);
        }
        long t1 = System.nanoTime();
        Api.Response bulk = customer.admin()
                .post("/api/v1/sims/state-changes", Map.of("target_state", "ACTIVE", "bic", bics.get(0)));
        double bulkSeconds = seconds(t1);
        assertThat(bulk.status()).as("bulk: %s", bulk.status()).isEqualTo(200);
        int activated = bulk.json().get("succeeded").asInt();
        report.add("");
        report.add(String.format(
                "Bulk transition: %,d SIMs REGISTERED → ACTIVE in one request in %.1f s (%,.0f SIMs/s, one audit entry and one event each); %,d SIMs registered to the customer.",
                activated, bulkSeconds, activated / bulkSeconds, registered));
        long orgId = customer.id();
        jdbc.update(
                "UPDATE bench_sim SET org_id = ?, state = 'REGISTERED' WHERE id < ?",
                orgId,
                Math.min(total, 3 * CHUNK));
        jdbc.update("UPDATE bench_sim SET state = 'ACTIVE' WHERE id < ?", Math.min(total, CHUNK));

        // 3. Searches, one client thread, random targets from a fixed seed.
        Random random = new Random(42);
        report.add("");
        report.add(
                "| search (" + SAMPLES
                        + " requests each, 1 client) | Simfleet API p50 / p95 / p99 ms | baseline bare SQL p50 / p95 / p99 ms |");
        report.add("|---|---:|---:|");
        search(
                "SIM by ICCID `GET /sims/{iccid}`",
                i -> operator.get("/api/v1/sims/" + BenchSims.iccid(random.nextInt(total))),
                i -> jdbc.queryForList(
                        "SELECT * FROM bench_sim WHERE iccid = ?", BenchSims.iccid(random.nextInt(total))));
        search(
                "ICCID prefix matching 1,000 SIMs, first page of 100",
                i -> operator.get("/api/v1/sims?per_page=100&iccid="
                        + BenchSims.iccid(random.nextInt(total)).substring(0, 16) + "*"),
                i -> rangePage("iccid", BenchSims.iccid(random.nextInt(total)).substring(0, 16), 20));
        search(
                "IMSI exact `?imsi=`",
                i -> operator.get("/api/v1/sims?imsi=" + BenchSims.imsi(random.nextInt(total))),
                i -> jdbc.queryForList(
                        "SELECT * FROM bench_sim WHERE imsi = ?", BenchSims.imsi(random.nextInt(total))));
        int activePages = Math.max(1, Math.min(total, CHUNK) / 100);
        search(
                "customer: ACTIVE SIMs, random page of 100 with total count",
                i -> customer.admin()
                        .get("/api/v1/sims?state=ACTIVE&per_page=100&page=" + (1 + random.nextInt(activePages))),
                i -> {
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM bench_sim WHERE org_id = ? AND state = 'ACTIVE'", Long.class, orgId);
                    return jdbc.queryForList(
                            "SELECT * FROM bench_sim WHERE org_id = ? AND state = 'ACTIVE' ORDER BY iccid LIMIT 100 OFFSET ?",
                            orgId,
                            100 * random.nextInt(activePages));
                });
        search(
                "operator: INVENTORY SIMs, first page of 100 with total count",
                i -> operator.get("/api/v1/sims?state=INVENTORY&per_page=100"),
                i -> {
                    jdbc.queryForObject("SELECT COUNT(*) FROM bench_sim WHERE state = 'INVENTORY'", Long.class);
                    return jdbc.queryForList(
                            "SELECT * FROM bench_sim WHERE state = 'INVENTORY' ORDER BY iccid LIMIT 100");
                });
        finish("sim-inventory");
    }

    private Object rangePage(String column, String prefix, int maxLength) {
        String high = prefix + "9".repeat(maxLength - prefix.length());
        jdbc.queryForObject(
                "SELECT COUNT(*) FROM bench_sim WHERE " + column + " >= ? AND " + column + " <= ?",
                Long.class,
                prefix,
                high);
        return jdbc.queryForList(
                "SELECT * FROM bench_sim WHERE " + column + " >= ? AND " + column + " <= ? ORDER BY " + column
                        + " LIMIT 100",
                prefix,
                high);
    }

    private void search(String name, IntFunction<Object> api, IntFunction<Object> baseline) {
        Percentiles a = new Percentiles(SAMPLES);
        Percentiles b = new Percentiles(SAMPLES);
        for (int i = 0; i < SAMPLES / 10; i++) { // warm-up: JIT, connection pool, database caches
            check(api.apply(i));
            baseline.apply(i);
        }
        for (int i = 0; i < SAMPLES; i++) {
            long s = System.nanoTime();
            check(api.apply(i));
            a.add(System.nanoTime() - s);
            s = System.nanoTime();
            baseline.apply(i);
            b.add(System.nanoTime() - s);
        }
        report.add("| " + name + " | " + a.summary() + " | " + b.summary() + " |");
    }

    private static void check(Object response) {
        Api.Response r = (Api.Response) response;
        assertThat(r.status()).as("search: %s", r).isEqualTo(200);
    }

    /** The same rows through plain JDBC batches of 1,000 into a table with the same unique indexes. */
    private double baselineImport(int total) {
        jdbc.execute(
                """
                CREATE TABLE bench_sim (id BIGINT PRIMARY KEY, iccid VARCHAR(20) NOT NULL UNIQUE, imsi VARCHAR(15) NOT NULL UNIQUE,
                    msisdn VARCHAR(15) UNIQUE, org_id BIGINT, state VARCHAR(16) NOT NULL)""");
        jdbc.execute("CREATE INDEX bench_sim_org_state_ix ON bench_sim (org_id, state, iccid)");
        jdbc.execute("CREATE INDEX bench_sim_state_ix ON bench_sim (state, iccid)");
        long t0 = System.nanoTime();
        for (int from = 0; from < total; from += CHUNK) {
            List<Object[]> rows = new ArrayList<>(CHUNK);
            for (long i = from; i < Math.min(total, from + CHUNK); i++) {
                rows.add(new Object[] {i, BenchSims.iccid(i), BenchSims.imsi(i), BenchSims.msisdn(i), "INVENTORY"});
            }
            jdbc.batchUpdate("INSERT INTO bench_sim (id, iccid, imsi, msisdn, state) VALUES (?, ?, ?, ?, ?)", rows);
        }
        return seconds(t0);
    }
}
