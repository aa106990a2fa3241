package org.simfleet.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Who used the two cores during a load run: this JVM (the Simfleet server), the load generator's process and the
 * PostgreSQL server processes, from the utime + stime ticks in /proc/[pid]/stat (proc(5)). The load generator and
 * the server share the machine, so a figure means little without knowing which of them ran out of CPU first.
 */
final class CpuShares {

    /** USER_HZ, the unit of /proc/[pid]/stat times: 100 on every Linux architecture Java runs on here. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long startNanos = System.nanoTime();
    private final long selfStart = ticks(Path.of("/proc/self/stat"));
    private final long postgresStart = postgresTicks();
    private final AtomicLong generator = new AtomicLong();
    private final Thread sampler;

    /** Starts measuring; the generator's process is sampled every 100 ms until it exits. */
    CpuShares(Process generatorProcess) {
        Path stat = Path.of("/proc", String.valueOf(generatorProcess.pid()), "stat");
        sampler = new Thread(
                () -> {
                    while (generatorProcess.isAlive()) {
                        long t = ticks(stat);
                        if (t > 0) {
                            generator.set(t);
                        }
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** "server 120 %, generator 55 %, PostgreSQL 20 %": percent of one core over the run, after the process ended. */
    String summary() throws InterruptedException {
        sampler.join(1000);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(
                "server %.0f %%, load generator %.0f %%, PostgreSQL %.0f %% of one core",
                share(ticks(Path.of("/proc/self/stat")) - selfStart, seconds),
                share(generator.get(), seconds),
                share(postgresTicks() - postgresStart, seconds));
    }

    private static double share(long ticks, double seconds) {
        return 100.0 * ticks / TICKS_PER_SECOND / seconds;
    }

    /** Ticks of every process named postgres (0 when the run is on H2 and none runs). */
    private static long postgresTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).strip().equals("postgres")
                                    ? ticks(p.resolve("stat"))
                                    : 0;
                        } catch (IOException e) {
                            return 0; // the process ended while we looked
                        }
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime, fields 14 and 15 of a stat line; the command name before them may hold spaces. */
    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
