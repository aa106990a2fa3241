package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.simfleet.app.policy.CoveragePolicy;
import org.simfleet.app.policy.RatType;
import org.simfleet.app.policy.ServicePolicy;
import org.simfleet.app.sim.SimState;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccessRequest;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * The decision path alone against 1,000,000 SIMs in the read model, without UDP, HMAC or the database: what the
 * authorizer adds to each Access-Request. Subscribers are numbered as the load generator numbers them (IMSI "00101"
 * + 10 digits of 1,000,000 + n, static address 100.64.0.0 + n); requests carry the attributes a PGW sends and pick a
 * subscriber at random. Decision events go through the real queue to a writer that discards them.
 *
 * <pre>
 * mvn -pl simfleet-app test -Dtest=AccessDecisionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.sims=1000000 -Dbench.seconds=10 -Dbench.threads=2
 * </pre>
 */
class AccessDecisionBenchmark {

    private static final int SIMS = Integer.getInteger("bench.sims", 1_000_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final int DISTINCT_REQUESTS = 1 << 16;
    private static final long IP_BASE = 0x6440_0000L;

    @Test
    void decideAgainstAMillionSims() throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        AuthorizationModel model = model();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DecisionMetrics metrics = new DecisionMetrics(registry, model);
        AtomicLong written = new AtomicLong();
        DecisionLog events = new DecisionLog(
                batch -> {
                    written.addAndGet(batch.size());
                    return 0;
                },
                metrics,
                100_000);
        events.start();
        PdpAuthorizer authorizer = new PdpAuthorizer(model, events, metrics);
        AccessRequest[] requests = requests();

        run(authorizer, requests, 3); // warm-up: JIT compilation
        double acceptedBefore = metrics.acceptedCount();
        long[] allocated = new long[THREADS];
        long[][] latencies = new long[THREADS][];
        long start = System.nanoTime();
        long decisions = run(authorizer, requests, SECONDS, allocated, latencies);
        double elapsed = (System.nanoTime() - start) / 1e9;
        events.stop();

        long[] all =
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                "%n# AAA decision path, %,d SIMs in the read model, %d thread(s), %d s%n"
                        + "read model built in %.2f s, heap for it about %,d MB%n"
                        + "decisions/s: %,.0f (accepted %,.0f, events queued or written %,d, dropped %,.0f)%n"
                        + "latency per decision: p50 %.2f us, p99 %.2f us, p99.9 %.2f us%n"
                        + "allocated per decision: %,.0f bytes%n"
                        + "machine: %d cores, Java %s%n",
                SIMS,
                THREADS,
                SECONDS,
                loadSeconds,
                (heapAfter - heapBefore) >> 20,
                decisions / elapsed,
                metrics.acceptedCount() - acceptedBefore,
                written.get(),
                metrics.droppedCount(),
                all[all.length / 2] / 1e3,
                all[(int) (all.length * 0.99)] / 1e3,
                all[(int) (all.length * 0.999)] / 1e3,
                (double) Arrays.stream(allocated).sum() / decisions,
                rt.availableProcessors(),
                System.getProperty("java.version"));
        assertThat(metrics.acceptedCount() - acceptedBefore).isEqualTo(decisions);
    }

    private static AuthorizationModel model() {
        AuthorizationModel model = new AuthorizationModel();
        LongIndex<Subscriber> subscribers = new LongIndex<>(SIMS);
        for (int n = 0; n < SIMS; n++) {
            subscribers.put(
                    ImsiKey.of(imsi(n)),
                    new Subscriber(n + 1, 2, SimState.ACTIVE, n + 1, true, Subscriber.NONE, IP_BASE + n, 1, 1));
        }
        ServiceRules service = ServiceRules.of(new ServicePolicy(
                1,
                "Bench",
                true,
                true,
                true,
                EnumSet.allOf(RatType.class),
                List.of("iot.bench"),
                List.of("192.0.2.53", "192.0.2.54"),
                null,
                null,
                900,
                null,
                null));
        CoverageRules coverage =
                CoverageRules.of(new CoveragePolicy(1, "Worldwide", List.of(), List.of("262-07"), null, null));
        model.replace(new AuthorizationModel.Snapshot(
                subscribers,
                AuthorizationModel.indexOf(List.of(service), r -> r.id),
                AuthorizationModel.indexOf(List.of(coverage), r -> r.id)));
        return model;
    }

    private static String imsi(long n) {
        return "00101" + String.format("%010d", 1_000_000L + n);
    }

    /** Access-Requests as AuthGen builds them, for random subscribers, parsed as the server would hand them over. */
    private static AccessRequest[] requests() throws Exception {
        byte[] secret = "testing123".getBytes(StandardCharsets.US_ASCII);
        NasClient nas = new NasClient("bench", InetAddress.getLoopbackAddress(), secret, NasClient.DEFAULT_COA_PORT);
        InetSocketAddress source = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000);
        SplittableRandom random = new SplittableRandom(42);
        AccessRequest[] out = new AccessRequest[DISTINCT_REQUESTS];
        for (int i = 0; i < out.length; i++) {
            int n = random.nextInt(SIMS);
            String imsi = imsi(n);
            AttributeWriter w = new AttributeWriter()
                    .addString(AttributeType.USER_NAME, imsi)
                    .addString(AttributeType.CALLED_STATION_ID, "iot.bench")
                    .addString(AttributeType.CALLING_STATION_ID, "88239" + String.format("%010d", n))
                    .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMSI, imsi)
                    .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMSI_MCC_MNC, "00101")
                    .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.SGSN_MCC_MNC, "00101")
                    .addVendorString(
                            ThreeGppAttribute.VENDOR_ID,
                            ThreeGppAttribute.IMEISV,
                            "35" + String.format("%012d", n) + "01")
                    .addVendorOctet(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.RAT_TYPE, 6);
            byte[] authenticator = new byte[16];
            random.nextBytes(authenticator);
            byte[] packet = PacketBuilder.accessRequest(i & 0xff, authenticator, w, true, secret);
            out[i] = new AccessRequest(RadiusPacket.parse(packet), nas, source);
        }
        return out;
    }

    private static long run(PdpAuthorizer authorizer, AccessRequest[] requests, int seconds) throws Exception {
        return run(authorizer, requests, seconds, new long[THREADS], new long[THREADS][]);
    }

    /** Runs THREADS deciding threads for {@code seconds}; every 16th decision is timed. */
    private static long run(
            PdpAuthorizer authorizer, AccessRequest[] requests, int seconds, long[] allocated, long[][] latencies)
            throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] counts = new long[THREADS];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int me = t;
            Thread worker = new Thread(() -> {
                long[] samples = new long[1 << 20];
                long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                int sampled = 0;
                long count = 0;
                int i = me * 7919;
                while ((count & 1023) != 0 || System.nanoTime() < end) {
                    AccessRequest r = requests[i++ & (DISTINCT_REQUESTS - 1)];
                    if ((count & 15) == 0 && sampled < samples.length) {
                        long s = System.nanoTime();
                        CompletionStage<AccessDecision> d = authorizer.authorize(r);
                        samples[sampled++] = System.nanoTime() - s;
                        blackhole(d);
                    } else {
                        blackhole(authorizer.authorize(r));
                    }
                    count++;
                }
                allocated[me] = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
                counts[me] = count;
                latencies[me] = Arrays.copyOf(samples, sampled);
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return Arrays.stream(counts).sum();
    }

    private static volatile Object sink;

    private static void blackhole(Object o) {
        if (o == null) {
            sink = o;
        }
    }
}
