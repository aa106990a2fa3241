package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.SmscSimulator;

/**
 * End to end, as the performance target counts it: POST over HTTP, committed, claimed, submitted over SMPP to the
 * simulator, its receipt (10 ms later) recorded as DELIVERED. Excluded from the suite (surefire skips *Benchmark);
 * run with {@code -Dtest=SmsThroughputBenchmark -Dbench.messages=20000} and {@code -Dsimfleet.test.db=postgresql}.
 * Database and simulator share the machine (and the JVM, for the simulator) with the application.
 */
class SmsThroughputBenchmark extends ApiTest {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 20_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);

    @Test
    void deliversMessagesEndToEnd() throws Exception {
        Api operator = operator();
        SmscSimulator smsc = TestSmsc.connect(operator);
        Customer c = Customer.create(this, operator, unique("SmsBench"));
        List<SmsFixtures.Device> devices = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            devices.add(SmsFixtures.device(jdbc(), c, Map.of()));
        }
        long duplicatesBefore = smsc.stats().duplicateSubmits();
        AtomicInteger next = new AtomicInteger();
        String run = unique("bench");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            SmsFixtures.Device d = devices.get(t);
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < MESSAGES; i = next.getAndIncrement()) {
                    Api.Response r = c.user().post(d.path(), Map.of("payload", i + " " + run));
                    assertThat(r.status()).isEqualTo(201);
                }
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        double accepted = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc().queryForObject(
                                        "SELECT COUNT(*) FROM sms_message WHERE org_id = ? AND status = 'DELIVERED'",
                                        Long.class,
                                        c.id())
                        == MESSAGES);
        double delivered = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(
                "SMS benchmark (%s, %d clients): %d accepted in %.1f s (%.0f/s), all DELIVERED after %.1f s (%.0f/s),"
                        + " duplicate submits %d%n",
                org.simfleet.app.support.TestDatabase.isPostgres() ? "PostgreSQL" : "H2 in memory",
                CLIENTS,
                MESSAGES,
                accepted,
                MESSAGES / accepted,
                delivered,
                MESSAGES / delivered,
                smsc.stats().duplicateSubmits() - duplicatesBefore);
        assertThat(smsc.stats().duplicateSubmits() - duplicatesBefore).isZero();
    }
}
