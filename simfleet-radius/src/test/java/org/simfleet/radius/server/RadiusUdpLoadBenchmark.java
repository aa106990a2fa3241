package org.simfleet.radius.server;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccessHandler;
import org.simfleet.radius.AccountingHandler;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.TestNas;

/**
 * A closed-loop UDP load generator for the server: {@code load.clients} gateway sockets each keep {@code
 * load.window} requests in flight for {@code load.seconds}, and the run prints requests/s and latency percentiles.
 * Every request is distinct (fresh authenticator or session), so nothing is answered from the duplicate cache.
 *
 * <p>By default it starts a server in this JVM whose accounting handler completes in group commits every {@code
 * load.commitMillis} (1), like the durable store it stands in for. Client and server then share the machine, so on
 * two cores the numbers are a lower bound. Not part of the suite; run with {@code mvn -pl simfleet-radius test
 * -Dtest=RadiusUdpLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dload.kind=accounting|access}.
 */
public class RadiusUdpLoadBenchmark {
    private static final int POOL = 1 << 16;
    private static final int MAX_MICROS = 100_000;

    private final String kind = System.getProperty("load.kind", "accounting");
    private final int seconds = Integer.getInteger("load.seconds", 10);
    private final int clients = Integer.getInteger("load.clients", 2);
    private final int window = Integer.getInteger("load.window", 16);
    private final int commitMillis = Integer.getInteger("load.commitMillis", 1);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void answersEveryRequestUnderLoad() throws Exception {
        Report report = run();
        assertThat(report.lost()).isZero();
        assertThat(report.answered()).isPositive();
    }

    public static void main(String[] args) throws Exception {
        new RadiusUdpLoadBenchmark().run();
    }

    Report run() throws Exception {
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<CompletableFuture<Void>> uncommitted = new ConcurrentLinkedQueue<>();
        committer.scheduleAtFixedRate(
                () -> {
                    CompletableFuture<Void> next;
                    while ((next = uncommitted.poll()) != null) {
                        next.complete(null);
                    }
                },
                commitMillis,
                commitMillis,
                TimeUnit.MILLISECONDS);
        AccessDecision accept = AccessDecision.accept()
                .framedIpAddress(Requests.ipv4("10.45.0.7"))
                .acctInterimInterval(900)
                .build();
        AccessHandler access = request -> completedFuture(accept);
        AccountingHandler accounting = request -> {
            CompletableFuture<Void> durable = new CompletableFuture<>();
            uncommitted.add(durable);
            return durable;
        };
        RadiusServerConfig config = RadiusServerConfig.defaults()
                .withBindAddress(InetAddress.getLoopbackAddress())
                .withPorts(0, 0)
                .withDedupe(Duration.ofSeconds(1), RadiusServerConfig.DEFAULT_DEDUPE_CAPACITY);
        try (RadiusServer server = RadiusServer.create(config, access, accounting, TestNas.directory())
                .start()) {
            int port = kind.equals("access") ? server.authPort() : server.acctPort();
            Report report = drive(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            System.out.printf(
                    "%s: %d clients x window %d for %d s: %,.0f requests/s, p50 %d us, p99 %d us, p99.9 %d us, "
                            + "max %d us, lost %d%nserver: %s%n",
                    kind,
                    clients,
                    window,
                    seconds,
                    report.answered() / (double) seconds,
                    report.percentile(0.50),
                    report.percentile(0.99),
                    report.percentile(0.999),
                    report.max(),
                    report.lost(),
                    server.metrics());
            return report;
        } finally {
            committer.shutdownNow();
        }
    }

    private Report drive(InetSocketAddress target) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            byte[][] pool = pool(c);
            Report report = new Report(new long[MAX_MICROS + 1]);
            reports.add(report);
            Thread thread = new Thread(() -> gateway(target, pool, deadline, report), "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Report total = new Report(new long[MAX_MICROS + 1]);
        for (Report report : reports) {
            total.add(report);
        }
        return total;
    }

    /** One gateway socket: keeps the window full until the deadline, then drains. */
    private void gateway(InetSocketAddress target, byte[][] pool, long deadline, Report report) {
        long[] sentAt = new long[256];
        boolean[] waiting = new boolean[256];
        byte[] buffer = new byte[4096];
        DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
        int next = 0;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.connect(target);
            socket.setSoTimeout(1_000);
            socket.setReceiveBufferSize(4 << 20);
            int inFlight = 0;
            for (; inFlight < window; inFlight++) {
                next = send(socket, pool, next, sentAt, waiting);
            }
            while (inFlight > 0) {
                try {
                    socket.receive(reply);
                } catch (SocketTimeoutException e) {
                    report.lost += inFlight;
                    return;
                }
                int id = buffer[1] & 0xff;
                if (!waiting[id]) {
                    continue;
                }
                waiting[id] = false;
                inFlight--;
                report.record((System.nanoTime() - sentAt[id]) / 1_000);
                if (System.nanoTime() < deadline) {
                    next = send(socket, pool, next, sentAt, waiting);
                    inFlight++;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the next pooled request whose Identifier is free; with a window below 256 one always is. */
    private static int send(DatagramSocket socket, byte[][] pool, int next, long[] sentAt, boolean[] waiting)
            throws IOException {
        byte[] packet = pool[next % POOL];
        while (waiting[packet[1] & 0xff]) {
            packet = pool[++next % POOL];
        }
        int id = packet[1] & 0xff;
        waiting[id] = true;
        sentAt[id] = System.nanoTime();
        socket.send(new DatagramPacket(packet, packet.length));
        return next + 1;
    }

    /** Distinct signed requests, the Identifier cycling through 0..255. */
    private byte[][] pool(int client) {
        byte[][] pool = new byte[POOL][];
        for (int i = 0; i < POOL; i++) {
            AttributeWriter attributes = Requests.subscriber(Requests.IMSI);
            if (kind.equals("access")) {
                pool[i] = Requests.accessRequest(i & 0xff, attributes);
            } else {
                attributes
                        .addInteger(AttributeType.ACCT_STATUS_TYPE, 3)
                        .addString(AttributeType.ACCT_SESSION_ID, client + "-" + i)
                        .addInteger(AttributeType.ACCT_INPUT_OCTETS, i)
                        .addInteger(AttributeType.ACCT_OUTPUT_OCTETS, 2L * i);
                pool[i] = PacketBuilder.request(
                        PacketCode.ACCOUNTING_REQUEST, i & 0xff, attributes, false, TestNas.SECRET);
            }
        }
        return pool;
    }

    /** Latencies in microseconds, one bucket per microsecond up to 100 ms. */
    static final class Report {
        private final long[] histogram;
        private long answered;
        private long lost;
        private long max;

        Report(long[] histogram) {
            this.histogram = histogram;
        }

        void record(long micros) {
            histogram[(int) Math.min(micros, MAX_MICROS)]++;
            answered++;
            max = Math.max(max, micros);
        }

        void add(Report other) {
            for (int i = 0; i < histogram.length; i++) {
                histogram[i] += other.histogram[i];
            }
            answered += other.answered;
            lost += other.lost;
            max = Math.max(max, other.max);
        }

        long percentile(double p) {
            long rank = (long) Math.ceil(p * answered);
            long seen = 0;
            for (int i = 0; i < histogram.length; i++) {
                seen += histogram[i];
                if (seen >= rank) {
                    return i;
                }
            }
            return MAX_MICROS;
        }

        long answered() {
            return answered;
        }

        long lost() {
            return lost;
        }

        long max() {
            return max;
        }
    }
}
