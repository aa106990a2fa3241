package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simfleet.app.support.TestDatabase;

/**
 * kill -9 of the application under accounting load, then a restart: every acknowledged request is in the database,
 * and once the gateway has retransmitted what was not acknowledged, each session's usage adds up exactly to its final
 * counters, neither lost nor counted twice. The application runs as a child JVM on this test's classpath and
 * database (an H2 file, or a fresh PostgreSQL database with -Dsimfleet.test.db=postgresql), on loopback ports.
 */
class AccountingCrashTest {

    private static final int SESSIONS = 400;
    private static final String SECRET = "crash-test-gateway-secret";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Process app;

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void losesNoAcknowledgedRecordAndCountsNoUsageTwiceAcrossAKill() throws Exception {
        Map<String, String> db = database();
        prepare(db);
        int acctPort = freePort();
        int authPort = freePort();
        String prefix = "crash-" + ProcessHandle.current().pid();
        String imsi = "001990000000001";

        app = start(db, acctPort, authPort, 1);
        try (SessionLoad load =
                new SessionLoad(acctPort, SECRET.getBytes(StandardCharsets.UTF_8), prefix, imsi, SESSIONS)) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            load.runUntil(SESSIONS * SessionLoad.STEPS * 2L / 5, deadline);
            app.destroyForcibly().waitFor();

            assertEveryAcknowledgedRequestStored(db, load);

            app = start(db, acctPort, authPort, 2);
            load.runUntil(Long.MAX_VALUE, deadline);
            assertThat(load.done()).isTrue();
        }
        // an orderly stop this time (SIGTERM), which also lets an embedded H2 file be opened by this test
        app.destroy();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertEachSessionCountedExactlyOnce(db, prefix);
    }

    /** While the application is dead: what it acknowledged is there, and nothing beyond what was sent. */
    private static void assertEveryAcknowledgedRequestStored(Map<String, String> db, SessionLoad load)
            throws SQLException {
        Map<String, long[]> stored = sessions(db, load.acctSessionId(0).replaceAll("-0$", ""));
        List<String> wrong = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            int acked = load.acked[s];
            long[] row = stored.get(load.acctSessionId(s));
            if (acked == 0) {
                continue;
            }
            if (row == null) {
                wrong.add(load.acctSessionId(s) + ": " + acked + " requests acknowledged, no session stored");
                continue;
            }
            long atLeast = acked >= 2 ? SessionLoad.up(s, acked - 1) : 0;
            long atMost = SessionLoad.up(s, Math.min(acked, SessionLoad.STEPS - 1));
            if (row[2] < atLeast || row[2] > atMost) {
                wrong.add(load.acctSessionId(s) + ": usage up " + row[2] + ", acknowledged " + atLeast
                        + ", sent at most " + atMost);
            }
            if (acked == SessionLoad.STEPS && row[0] == 0) {
                wrong.add(load.acctSessionId(s) + ": Stop acknowledged, session open");
            }
        }
        assertThat(wrong).as("acknowledged before the kill but not stored").isEmpty();
    }

    private static void assertEachSessionCountedExactlyOnce(Map<String, String> db, String prefix) throws SQLException {
        Map<String, long[]> stored = sessions(db, prefix);
        List<String> wrong = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            String id = prefix + "-" + s;
            long[] row = stored.get(id);
            long up = SessionLoad.up(s, SessionLoad.STEPS - 1);
            long down = SessionLoad.down(s, SessionLoad.STEPS - 1);
            if (row == null) {
                wrong.add(id + ": missing");
            } else if (row[0] != 1 || row[1] != up || row[2] != up || row[3] != down || row[4] != 1) {
                wrong.add(id + ": closed=" + row[0] + " final up=" + row[1] + " usage up=" + row[2] + " down=" + row[3]
                        + " rows=" + row[4] + ", expected " + up + "/" + down);
            }
        }
        assertThat(wrong)
                .as("sessions whose usage is not exactly their final counters")
                .isEmpty();
    }

    /** Per Acct-Session-Id: closed (1/0), final bytes up, usage sums up and down, rows with that key. */
    private static Map<String, long[]> sessions(Map<String, String> db, String prefix) throws SQLException {
        Map<String, long[]> out = new HashMap<>();
        try (Connection c = connect(db);
                PreparedStatement ps = c.prepareStatement(
                        """
                        SELECT s.acct_session_id, CASE WHEN s.ended_at IS NULL THEN 0 ELSE 1 END, s.bytes_up,
                               (SELECT COALESCE(SUM(u.bytes_up), 0) FROM usage_record u WHERE u.session_id = s.id),
                               (SELECT COALESCE(SUM(u.bytes_down), 0) FROM usage_record u WHERE u.session_id = s.id),
                               (SELECT COUNT(*) FROM data_session d WHERE d.acct_session_id = s.acct_session_id)
                        FROM data_session s WHERE s.acct_session_id LIKE ?""")) {
            ps.setString(1, prefix + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getString(1),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
                }
            }
        }
        return out;
    }

    private Map<String, String> database() {
        if (TestDatabase.isPostgres()) {
            return TestDatabase.fresh();
        }
        // a file, so that what was committed outlives the process; WRITE_DELAY=0 as the application's own default
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + dir.resolve("simfleet")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "");
    }

    /** The schema, and the test's gateway registered before the application first starts. */
    private static void prepare(Map<String, String> db) throws SQLException {
        Flyway.configure()
                .dataSource(
                        db.get("spring.datasource.url"),
                        db.get("spring.datasource.username"),
                        db.get("spring.datasource.password"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = connect(db);
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO gateway (name, address, secret, coa_port, created_at, updated_at)"
                                + " VALUES ('pgw-crash', '127.0.0.1', ?, 3799, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            ps.setString(1, SECRET);
            ps.executeUpdate();
        }
    }

    private static Connection connect(Map<String, String> db) throws SQLException {
        return DriverManager.getConnection(
                db.get("spring.datasource.url"),
                db.get("spring.datasource.username"),
                db.get("spring.datasource.password"));
    }

    /** Starts the application and returns once it acknowledges an Accounting-Request. */
    private Process start(Map<String, String> db, int acctPort, int authPort, int run)
            throws IOException, InterruptedException {
        Path log = dir.resolve("app-" + run + ".log");
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
                "--simfleet.radius.bind-address=127.0.0.1",
                "--simfleet.radius.acct-port=" + acctPort,
                "--simfleet.radius.auth-port=" + authPort));
        db.forEach((k, v) -> command.add("--" + k + "=" + v));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try (TestGateway probe = new TestGateway("127.0.0.1", acctPort, SECRET.getBytes(StandardCharsets.UTF_8))) {
            byte[] start = probe.packet(Acct.start("crash-probe-" + run, "001990000000002"));
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!probe.exchange(start, Duration.ofMillis(500))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("the application did not start; its log:\n" + tail(log));
                }
            }
            return process;
        } catch (RuntimeException | Error e) {
            process.destroyForcibly(); // never leave a child JVM behind the test
            throw e;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            return s.getLocalPort();
        }
    }
}
