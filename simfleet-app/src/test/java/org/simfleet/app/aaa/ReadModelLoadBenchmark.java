package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read model against a database holding {@code bench.sims} (default 1,000,000) ACTIVE SIMs, each on its own
 * endpoint, provisioned as the RADIUS load generators number them (IMSI "00101" + 10 digits of 1,000,000 + n). Times
 * what the operator and the application do with them: giving the organisation the pool 100.64.0.0/10 through the API
 * (which addresses every endpoint in id order, so subscriber n gets 100.64.0.0 + n), the full load the application
 * runs at startup and every reconcile, and the reload of 100,000 SIMs a bulk change causes.
 *
 * <p>With {@code -Dbench.authgen=<path to AuthGen.java>} (the Access-Request load generator of
 * {@code shared/bench/freeradius}) it then drives the application's RADIUS port with it for {@code bench.seconds}
 * (default 30, the first 10 not measured), closed-loop and then capped at 20,000/s ({@code bench.rates}), and
 * prints its summaries: the whole path, UDP, Message-Authenticator and
 * decision events included, with the load generator on the same cores.
 *
 * <pre>
 * mvn -pl simfleet-app test -Dtest=ReadModelLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.sims=1000000 [-Dsimfleet.test.db=postgresql] [-Dbench.authgen=../shared/bench/freeradius/AuthGen.java]
 * </pre>
 */
class ReadModelLoadBenchmark extends ApiTest {

    private static final int SIMS = Integer.getInteger("bench.sims", 1_000_000);
    private static final int BATCH = 10_000;

    @Autowired
    private ModelRefresh refresh;

    @Autowired
    private AuthorizationModel model;

    @Autowired
    private RadiusListener radius;

    @Autowired
    private GatewayDirectory gateways;

    @Test
    void loadAMillionSims() throws Exception {
        Api operator = operator();
        Customer c = Customer.create(this, operator, unique("Bench"));
        long service = created(c.admin()
                .post(
                        "/api/v1/service-policies",
                        Map.of("name", "Bench", "apns", List.of("iot.bench"), "dns_servers", List.of("192.0.2.53"))));
        long coverage = created(c.admin().post("/api/v1/coverage-policies", Map.of("name", "Worldwide")));

        long t0 = System.nanoTime();
        provision(c.id(), service, coverage);
        double provisioned = seconds(t0);

        t0 = System.nanoTime();
        HttpResponse<String> pool =
                patchSlowly(operator, "/api/v1/organisations/" + c.id(), "{\"ip_pool\": \"100.64.0.0/10\"}");
        double pooled = seconds(t0);
        assertThat(pool.statusCode()).as("%s", pool.body()).isEqualTo(200);

        t0 = System.nanoTime();
        refresh.rebuild("benchmark");
        double loaded = seconds(t0);
        Subscriber last = model.subscriber(ImsiKey.of(imsi(SIMS - 1)));
        assertThat(last.ip()).isEqualTo(0x6440_0000L + SIMS - 1);

        List<Long> simIds =
                jdbc().queryForList("SELECT id FROM sim WHERE imsi LIKE '00101%' ORDER BY id LIMIT 100000", Long.class);
        t0 = System.nanoTime();
        refresh.reload(simIds);
        double reloaded = seconds(t0);

        System.out.printf(
                "%n# AAA read model on %s, %,d SIMs with endpoints%n"
                        + "provisioned by JDBC batches in %.1f s (not Simfleet's figure)%n"
                        + "PATCH ip_pool 100.64.0.0/10 (addresses every endpoint, audits each, reloads the model): %.1f s%n"
                        + "full load (startup, reconcile): %.1f s%n"
                        + "reload of %,d SIMs (a bulk change): %.2f s%n",
                TestDatabase.isPostgres() ? "PostgreSQL" : "H2 (in memory)",
                SIMS,
                provisioned,
                pooled,
                loaded,
                simIds.size(),
                reloaded);
        String authGen = System.getProperty("bench.authgen");
        if (authGen != null) {
            authGen(Path.of(authGen).toAbsolutePath());
        }
    }

    /** Registers 127.0.0.1 with AuthGen's default secret and runs AuthGen against the RADIUS port. */
    private void authGen(Path source) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc().update("DELETE FROM gateway WHERE address = '127.0.0.1'");
        jdbc().update(
                        "INSERT INTO gateway (name, address, secret, coa_port, created_at, updated_at)"
                                + " VALUES ('authgen', '127.0.0.1', 'testing123', 3799, ?, ?)",
                        now,
                        now);
        gateways.reload();
        int seconds = Integer.getInteger("bench.seconds", 30);
        for (String rate : System.getProperty("bench.rates", "0,20000").split(",")) {
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            source.toString(),
                            "--port",
                            String.valueOf(radius.authPort()),
                            "--secret",
                            "testing123",
                            "--subscribers",
                            String.valueOf(SIMS),
                            "--duration",
                            String.valueOf(seconds),
                            "--warmup",
                            String.valueOf(Math.min(10, seconds / 3)),
                            "--window",
                            System.getProperty("bench.window", "64"),
                            "--rate",
                            rate.strip(),
                            "--quiet")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            System.out.println("\n# AuthGen against Simfleet's RADIUS port (" + SIMS + " subscribers, rate cap "
                    + rate.strip() + "/s, 0 = closed loop)\n" + output);
        }
    }

    private void provision(long orgId, long service, long coverage) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc().update(
                        "INSERT INTO sim_batch (bic, org_id, sim_count, imported_at, registered_at) VALUES (?, ?, ?, ?, ?)",
                        "AAA-BENCH",
                        orgId,
                        SIMS,
                        now,
                        now);
        long batch = jdbc().queryForObject("SELECT id FROM sim_batch WHERE bic = 'AAA-BENCH'", Long.class);
        for (int from = 0; from < SIMS; from += BATCH) {
            List<Integer> rows =
                    IntStream.range(from, Math.min(SIMS, from + BATCH)).boxed().toList();
            jdbc().batchUpdate(
                            """
                            INSERT INTO sim (iccid, imsi, form_factor, quality_grade, batch_id, org_id, state,
                                             state_changed_at, created_at)
                            VALUES (?, ?, 'MFF2', 'INDUSTRIAL', ?, ?, 'ACTIVE', ?, ?)""",
                            rows,
                            BATCH,
                            (ps, n) -> {
                                ps.setString(
                                        1,
                                        Iccid.withCheckDigit("8949" + "%015d".formatted(7_000_000_000L + n))
                                                .value());
                                ps.setString(2, imsi(n));
                                ps.setLong(3, batch);
                                ps.setLong(4, orgId);
                                ps.setObject(5, now);
                                ps.setObject(6, now);
                            });
        }
        jdbc().update(
                        """
                        INSERT INTO endpoint (org_id, name, status, imei_lock, sim_id, service_policy_id, coverage_policy_id,
                                              created_at, updated_at)
                        SELECT org_id, 'device-' || imsi, 'ENABLED', FALSE, id, ?, ?, ?, ? FROM sim
                        WHERE batch_id = ? ORDER BY id""",
                        service,
                        coverage,
                        now,
                        now,
                        batch);
    }

    /** A PATCH that may take minutes: the test client's own timeout is two. */
    private HttpResponse<String> patchSlowly(Api api, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + api.token())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String imsi(int n) {
        return "00101" + "%010d".formatted(1_000_000L + n);
    }

    private static long created(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
