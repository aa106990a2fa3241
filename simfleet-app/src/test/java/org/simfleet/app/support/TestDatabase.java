package org.simfleet.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database the integration tests run on, chosen by the system property {@code simfleet.test.db}
 * ({@code h2}, the default, or {@code postgresql}). For PostgreSQL a fresh database is created for the
 * test JVM on the server at {@code SIMFLEET_TEST_PG_URL} (default 127.0.0.1:5432, trust auth) and dropped
 * when the JVM exits, so runs never see each other's rows.
 */
public final class TestDatabase {

    private static Map<String, String> properties;

    private TestDatabase() {}

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = "postgresql".equals(System.getProperty("simfleet.test.db")) ? postgres() : h2();
        }
        return properties;
    }

    /** Another database of the same kind, for a test context whose data must not meet the shared one's. */
    public static Map<String, String> fresh() {
        return "postgresql".equals(System.getProperty("simfleet.test.db")) ? postgres() : h2();
    }

    public static boolean isPostgres() {
        return properties().get("spring.datasource.url").startsWith("jdbc:postgresql:");
    }

    private static Map<String, String> h2() {
        String name = "simfleet_test_" + ThreadLocalRandom.current().nextInt(1_000_000);
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "");
    }

    private static Map<String, String> postgres() {
        String server = System.getenv().getOrDefault("SIMFLEET_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getenv().getOrDefault("SIMFLEET_TEST_PG_USER", "postgres");
        String name = "simfleet_test_" + ProcessHandle.current().pid() + "_"
                + ThreadLocalRandom.current().nextInt(100_000);
        try (Connection c = DriverManager.getConnection(server + "postgres", user, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL tests were asked for but no server answers at " + server + " (" + e.getMessage() + ")",
                    e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(server + "postgres", user, "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException ignored) {
                // the server may be gone already; the database name is unique, so a leftover harms nothing
            }
        }));
        return Map.of(
                "spring.datasource.url",
                server + name,
                "spring.datasource.username",
                user,
                "spring.datasource.password",
                "");
    }
}
