package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simfleet.app.support.TestDatabase;
import org.simfleet.simulator.smsc.SmscConfig;
import org.simfleet.simulator.smsc.SmscSimulator;

/**
 * kill -9 of the application while it sends, then a restart under the same node name: every message ends DELIVERED
 * and none reaches the SMSC twice. What the kill left UNKNOWN is matched by its receipt when the SMSC had it (also
 * when the kill lost its submit_sm_resp) and sent again after the grace period when it did not.
 * The application runs as a child JVM on this test's classpath and database; the SMSC simulator runs here.
 */
class SmsCrashTest {

    private static final int MESSAGES = 3000;
    private static final String NODE = "sms-crash-node";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Process app;
    private SmscSimulator smsc;

    @AfterEach
    void stop() {
        if (app != null) {
            app.destroyForcibly();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void sendsNothingTwiceAndLosesNoReceiptAcrossAKill() throws Exception {
        smsc = SmscSimulator.create(SmscConfig.defaults("simfleet", "secret").withDuplicateKey(text -> text))
                .start();
        smsc.slowResponses(Duration.ofMillis(20)); // submits in flight when the kill comes
        Map<String, String> db = database();
        prepare(db, smsc.port());

        app = start(db, 1);
        await().atMost(Duration.ofMinutes(2)).until(() -> smsc.stats().accepted() >= MESSAGES / 3);
        app.destroyForcibly().waitFor();
        long acceptedAtKill = smsc.stats().accepted();
        assertThat(acceptedAtKill).as("killed while sending").isLessThan(MESSAGES);

        smsc.slowResponses(Duration.ZERO);
        app = start(db, 2);
        await().atMost(Duration.ofMinutes(3))
                .until(() -> unsettled(db) == 0 && smsc.stats().receiptsPending() == 0);

        assertThat(smsc.stats().duplicateSubmits())
                .as("submits of one message twice")
                .isZero();
        Map<String, String> status = statuses(db);
        List<String> wrong = new ArrayList<>();
        for (var e : status.entrySet()) {
            int atSmsc = smsc.submitsWithKey(e.getKey());
            if (!e.getValue().equals("DELIVERED") || atSmsc != 1) {
                wrong.add(e.getKey() + " " + e.getValue() + " submitted " + atSmsc + " times");
            }
        }
        assertThat(status).hasSize(MESSAGES);
        assertThat(wrong).as("not delivered exactly once").isEmpty();
        app.destroy();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Messages still waiting for the sender, an outcome, a receipt or the grace period. */
    private static long unsettled(Map<String, String> db) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM sms_message WHERE submit_state <> 'DONE'");
    }

    private static Map<String, String> statuses(Map<String, String> db) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = connect(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT payload, status FROM sms_message ORDER BY id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private Map<String, String> database() {
        if (TestDatabase.isPostgres()) {
            return TestDatabase.fresh();
        }
        // a file, so that what was committed outlives the process; AUTO_SERVER lets this test read it while the
        // application has it open (the first process to open it serves it to the other over loopback TCP)
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + dir.resolve("simfleet")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "");
    }

    /** The schema, one endpoint with an ACTIVE SIM, the SMSC settings and the messages the API had accepted. */
    private static void prepare(Map<String, String> db, int smscPort) throws SQLException {
        Flyway.configure()
                .dataSource(
                        db.get("spring.datasource.url"),
                        db.get("spring.datasource.username"),
                        db.get("spring.datasource.password"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = connect(db)) {
            update(
                    c,
                    "INSERT INTO organisation (id, name, kind, created_at) VALUES (900, 'Crash customer', 'CUSTOMER', ?)",
                    now);
            update(
                    c,
                    """
                    INSERT INTO service_policy (id, org_id, name, data_allowed, sms_mo_allowed, sms_mt_allowed, rat_types,
                        apns, dns_servers, interim_interval_seconds, created_at, updated_at)
                    VALUES (900, 900, 'crash', TRUE, TRUE, TRUE, '', '', '', 600, ?, ?)""",
                    now,
                    now);
            update(
                    c,
                    """
                    INSERT INTO coverage_policy (id, org_id, name, allowed_countries, blocked_operators, created_at,
                        updated_at)
                    VALUES (900, 900, 'crash', '', '', ?, ?)""",
                    now,
                    now);
            update(
                    c,
                    "INSERT INTO sim_batch (id, bic, org_id, sim_count, imported_at) VALUES (900, 'CRASH', 900, 1, ?)",
                    now);
            update(
                    c,
                    """
                    INSERT INTO sim (id, iccid, imsi, msisdn, form_factor, quality_grade, batch_id, org_id, state,
                        state_changed_at, created_at)
                    VALUES (900, '8988303000000009000', '001990000009000', '491700009000', 'MFF2', 'INDUSTRIAL', 900, 900,
                        'ACTIVE', ?, ?)""",
                    now,
                    now);
            update(
                    c,
                    """
                    INSERT INTO endpoint (id, org_id, name, status, imei_lock, sim_id, service_policy_id,
                        coverage_policy_id, created_at, updated_at)
                    VALUES (900, 900, 'crash device', 'ENABLED', FALSE, 900, 900, 900, ?, ?)""",
                    now,
                    now);
            update(
                    c,
                    """
                    INSERT INTO smsc_settings (id, host, port, system_id, password, system_type, default_source_address,
                        bind_window, max_per_second, enabled, updated_at)
                    VALUES (1, '127.0.0.1', ?, 'simfleet', 'secret', '', 'Simfleet', 50, 0, TRUE, ?)""",
                    smscPort,
                    now);
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO sms_message (org_id, endpoint_id, sim_id, iccid, direction, status, source_address,
                        destination_address, payload, parts, submit_date, expiry_date, submit_state, attempts,
                        next_attempt_at)
                    VALUES (900, 900, 900, '8988303000000009000', 'MT', 'PENDING', 'Simfleet', '491700009000', ?, 1, ?,
                        ?, 'QUEUED', 0, ?)""")) {
                for (int i = 0; i < MESSAGES; i++) {
                    // the number first: a receipt's text head (20 characters) tells the messages apart
                    ps.setString(1, String.format("%05d crash message", i));
                    ps.setObject(2, now);
                    ps.setObject(3, now.plusHours(1));
                    ps.setObject(4, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static long count(Map<String, String> db, String sql) throws SQLException {
        try (Connection c = connect(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(Map<String, String> db) throws SQLException {
        return DriverManager.getConnection(
                db.get("spring.datasource.url"),
                db.get("spring.datasource.username"),
                db.get("spring.datasource.password"));
    }

    /** Starts the application; it binds to the SMSC and sends as soon as it is up. */
    private Process start(Map<String, String> db, int run) throws IOException {
        Path log = dir.resolve("app-" + run + ".log");
        long binds = smsc.stats().binds();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.simfleet.app.SimfleetApplication",
                "--server.port=0",
                "--simfleet.data-dir=" + dir,
                "--simfleet.admin-password=crash-test-admin-password",
                "--simfleet.radius.enabled=false",
                "--simfleet.node-id=" + NODE,
                "--simfleet.smsc.reconnect-max-delay=PT1S",
                "--simfleet.sms.unknown-grace=PT5S"));
        db.forEach((k, v) -> command.add("--" + k + "=" + v));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            await().atMost(START_TIMEOUT).until(() -> smsc.stats().binds() > binds || !process.isAlive());
            if (!process.isAlive()) {
                throw new AssertionError("the application did not start; its log:\n" + tail(log));
            }
            return process;
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
