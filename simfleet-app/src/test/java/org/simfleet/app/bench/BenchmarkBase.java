package org.simfleet.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What every benchmark shares: logging in, timing, and the Markdown report it prints and saves. */
abstract class BenchmarkBase {

    protected final List<String> report = new ArrayList<>();

    protected Api login(String base, String email, String password) {
        Api.Response r =
                new Api(base, null).post("/api/v1/authenticate", Map.of("username", email, "password", password));
        assertThat(r.status()).as("login %s: %s", email, r).isEqualTo(200);
        return new Api(base, r.json().get("auth_token").asText());
    }

    /**
     * PostgreSQL when the run asks for it, else an H2 file database as {@code ./simfleet start} runs it (not an
     * in-memory one), each commit written before it is acknowledged.
     */
    protected static void benchDatabase(DynamicPropertyRegistry registry) {
        if (TestDatabase.isPostgres()) {
            TestDatabase.properties().forEach((k, v) -> registry.add(k, () -> v));
        } else {
            Path dir = Path.of("target", "bench-h2").toAbsolutePath();
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:file:" + dir.resolve("simfleet-" + System.nanoTime())
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    protected static String dbKey() {
        return TestDatabase.isPostgres() ? "postgresql" : "h2";
    }

    protected static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    protected static String dbName() {
        return TestDatabase.isPostgres() ? "PostgreSQL" : "H2 (file, PostgreSQL mode)";
    }

    /** Prints the report with the machine it ran on and saves it under target/bench/. */
    protected void finish(String name) throws IOException {
        report.add("");
        report.add(String.format(
                "Machine: %d cores, %d MiB max heap, Java %s, %s %s.",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                ManagementFactory.getOperatingSystemMXBean().getArch()));
        String text = String.join("\n", report) + "\n";
        System.out.println("\n" + text);
        Path out = Path.of("target", "bench", name + "-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
