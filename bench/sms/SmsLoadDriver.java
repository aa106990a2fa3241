import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS benchmark's driver for Simfleet, the counterpart of the Kannel yardstick's LoadDriver: the same
 * load shape (N messages, C requests in flight on C keep-alive connections, closed loop or paced), the
 * same message text ("id=N …", which the yardstick's MiniSmsc counts per id to show duplicate submits),
 * and the same summary.json fields, so one script tabulates both gateways.
 *
 * <p>Where Kannel takes a GET on sendsms and calls a dlr-url per receipt, Simfleet takes
 * {@code POST /api/v1/endpoints/{id}/sms} and reports deliveries to the organisation's SMS callback,
 * batched and signed; this process serves that callback on loopback and counts each message's final
 * report once (DELIVERED, FAILED, EXPIRED), so a second final report is a duplicate and a missing one is
 * a lost receipt.
 *
 * <pre>
 * java SmsLoadDriver.java provision --api URL --admin-password P --endpoints N --callback URL --out DIR
 * java SmsLoadDriver.java send --api URL --state DIR --n N --concurrency C [--rate R] [--id-offset O]
 *      [--callback-port P] [--drain-idle-s S] [--max-seconds S] [--out DIR]
 * </pre>
 * Loopback only; bounded in count and time.
 *
 * <p>One file of about 700 lines on purpose: bench/sms/run.sh starts it with Java 17's single-file source launcher
 * ({@code java SmsLoadDriver.java}, JEP 330), which compiles exactly one file. That keeps the driver outside the
 * Maven build and its JVM free of the application's classes, as the yardstick's own driver is. Java 22's multi-file
 * launcher (JEP 458) would allow a split.
 */
public final class SmsLoadDriver {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: SmsLoadDriver provision|send --option value ...");
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("not an option: " + args[i]);
            o.put(args[i].substring(2), args[i + 1]);
        }
        switch (args[0]) {
            case "provision" -> Provisioning.run(o);
            case "send" -> new SmsLoadDriver(o).run();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private final int n, concurrency, callbackPort;
    private final long idOffset, drainIdleS, maxSeconds;
    private final double rate;
    private final String host, token;
    private final int port;
    private final String[] endpointIds;
    private final Path out;

    private final long[] sendNs, acceptNs, finalNs;
    private final AtomicIntegerArray finalCount;
    private final String[] failure;
    private final Map<String, Integer> indexBySmsId = new ConcurrentHashMap<>();
    /** Final reports that arrived before the POST's answer was read: kept until it is. */
    private final Map<String, Long> earlyFinals = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong(), rejected = new AtomicLong(), reports = new AtomicLong(),
            finals = new AtomicLong(), delivered = new AtomicLong(), dupFinals = new AtomicLong(),
            unknownReports = new AtomicLong(), callbackPosts = new AtomicLong();
    private final Map<String, AtomicLong> byStatus = new ConcurrentHashMap<>();
    private volatile long firstFinalNs, lastFinalNs;
    private final AtomicIntegerArray tlAccepted, tlFinal;
    private long t0Ns, t0EpochMs;

    private SmsLoadDriver(Map<String, String> o) throws IOException {
        n = Integer.parseInt(o.getOrDefault("n", "20000"));
        concurrency = Integer.parseInt(o.getOrDefault("concurrency", "50"));
        callbackPort = Integer.parseInt(o.getOrDefault("callback-port", "28081"));
        idOffset = Long.parseLong(o.getOrDefault("id-offset", "0"));
        drainIdleS = Long.parseLong(o.getOrDefault("drain-idle-s", "150"));
        maxSeconds = Long.parseLong(o.getOrDefault("max-seconds", "600"));
        rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        URI api = URI.create(o.getOrDefault("api", "http://127.0.0.1:28090"));
        host = api.getHost();
        port = api.getPort();
        Path state = Path.of(o.getOrDefault("state", "."));
        token = Files.readString(state.resolve("token")).trim();
        endpointIds = Files.readAllLines(state.resolve("endpoints")).stream()
                .filter(s -> !s.isBlank())
                .toArray(String[]::new);
        out = Path.of(o.getOrDefault("out", "."));
        sendNs = new long[n];
        acceptNs = new long[n];
        finalNs = new long[n];
        finalCount = new AtomicIntegerArray(n);
        failure = new String[n];
        tlAccepted = new AtomicIntegerArray((int) maxSeconds + 2);
        tlFinal = new AtomicIntegerArray((int) maxSeconds + 2);
    }

    private int second(long ns) {
        return (int) Math.max(0, Math.min((ns - t0Ns) / 1_000_000_000L, maxSeconds + 1));
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        ServerSocket callbacks = new ServerSocket();
        callbacks.setReuseAddress(true);
        callbacks.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), callbackPort), 1024);
        Thread acceptor = new Thread(() -> acceptLoop(callbacks), "callback-accept");
        acceptor.setDaemon(true);
        acceptor.start();

        Thread.sleep(1500); // let the CPU sampler see this process before the first request
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sentCount = new AtomicInteger();
        t0EpochMs = System.currentTimeMillis();
        t0Ns = System.nanoTime();
        long deadline = t0Ns + TimeUnit.SECONDS.toNanos(maxSeconds);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread t = new Thread(() -> sendLoop(next, sentCount, deadline), "send-" + w);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        long sendDoneNs = System.nanoTime();
        long lastAcceptNs = 0;
        for (int i = 0; i < n; i++) lastAcceptNs = Math.max(lastAcceptNs, acceptNs[i]);

        long lastProgressNs = System.nanoTime();
        long seen = finals.get();
        while (finals.get() - dupFinals.get() < accepted.get()) {
            long now = System.nanoTime();
            if (now > deadline) break;
            long f = finals.get();
            if (f != seen) {
                seen = f;
                lastProgressNs = now;
            }
            if (now - lastProgressNs > TimeUnit.SECONDS.toNanos(drainIdleS)) break;
            Thread.sleep(20);
        }
        Thread.sleep(2500); // late duplicates, if any
        long endNs = System.nanoTime();
        callbacks.close();
        report(sentCount.get(), sendDoneNs, lastAcceptNs, endNs);
        System.exit(0);
    }

    private static final Pattern SMS_ID = Pattern.compile("[{,]\\s*\"id\"\\s*:\\s*\"?([^\",}\\s]+)");

    private void sendLoop(AtomicInteger next, AtomicInteger sentCount, long deadline) {
        Http c = null;
        int i;
        while ((i = next.getAndIncrement()) < n && System.nanoTime() < deadline) {
            if (rate > 0) {
                long due = t0Ns + (long) (i * 1e9 / rate);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            long id = idOffset + i;
            String endpoint = endpointIds[(int) (id % endpointIds.length)];
            byte[] body = ("{\"payload\":\"id=" + id + " IoT cmd: set apn=iot.example report=60\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] head = ("POST /api/v1/endpoints/" + endpoint + "/sms HTTP/1.1\r\nHost: " + host + ":" + port
                            + "\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                            + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            sendNs[i] = System.nanoTime();
            sentCount.incrementAndGet();
            int status;
            String responseBody;
            try {
                if (c == null) c = new Http(host, port);
                c.out.write(head);
                c.out.write(body);
                c.out.flush();
                status = c.readResponse();
                responseBody = c.body;
                if (c.close) { // Tomcat closes every 100th keep-alive request: the answer is still good
                    c.close();
                    c = null;
                }
            } catch (IOException e) {
                if (c != null) c.close();
                c = null;
                failure[i] = "exception " + e;
                rejected.incrementAndGet();
                // Simfleet down (the kill -9 run): back off instead of burning through the ids; no retry,
                // so the driver itself never creates a duplicate
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ie) {
                    return;
                }
                continue;
            }
            long now = System.nanoTime();
            Matcher m = SMS_ID.matcher(responseBody);
            if (status == 201 && m.find()) {
                acceptNs[i] = now;
                accepted.incrementAndGet();
                tlAccepted.incrementAndGet(second(now));
                String smsId = m.group(1);
                indexBySmsId.put(smsId, i);
                Long early = earlyFinals.remove(smsId);
                if (early != null) onFinal(i, early, "DELIVERED");
            } else {
                failure[i] = status + " " + responseBody.trim();
                rejected.incrementAndGet();
            }
        }
        if (c != null) c.close();
    }

    private static final java.util.Set<String> FINAL = java.util.Set.of("DELIVERED", "FAILED", "EXPIRED");

    /** One callback POST: a JSON document holding one or more reports, each with an SMS "id" and "status". */
    private void onCallback(String body) {
        long now = System.nanoTime();
        callbackPosts.incrementAndGet();
        List<Map<String, Object>> found = new ArrayList<>();
        Json.reports(Json.parse(body), found);
        for (Map<String, Object> r : found) {
            reports.incrementAndGet();
            String status = String.valueOf(r.get("status"));
            byStatus.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
            if (!FINAL.contains(status)) continue;
            String smsId = String.valueOf(r.get("id"));
            Integer idx = indexBySmsId.get(smsId);
            if (idx == null) {
                if (earlyFinals.putIfAbsent(smsId, now) != null) dupFinals.incrementAndGet();
                continue;
            }
            onFinal(idx, now, status);
        }
    }

    private void onFinal(int idx, long now, String status) {
        if (finalCount.incrementAndGet(idx) > 1) {
            dupFinals.incrementAndGet();
        } else {
            finalNs[idx] = now;
            if (status.equals("DELIVERED")) delivered.incrementAndGet();
            tlFinal.incrementAndGet(second(now));
            if (firstFinalNs == 0) firstFinalNs = now;
            lastFinalNs = now;
        }
        finals.incrementAndGet();
    }

    private void acceptLoop(ServerSocket ss) {
        while (!ss.isClosed()) {
            Socket s;
            try {
                s = ss.accept();
            } catch (IOException e) {
                return;
            }
            Thread t = new Thread(() -> serve(s), "callback-conn");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final byte[] OK =
            "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** Minimal keep-alive HTTP/1.1 server for the callback: POST with Content-Length, answers 204. */
    private void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 65536);
            OutputStream o = s.getOutputStream();
            String line;
            while ((line = Http.readLine(in)) != null) {
                if (line.isEmpty()) continue;
                boolean close = false;
                int length = 0;
                String h;
                while ((h = Http.readLine(in)) != null && !h.isEmpty()) {
                    int colon = h.indexOf(':');
                    if (colon < 0) continue;
                    String name = h.substring(0, colon).trim();
                    String value = h.substring(colon + 1).trim();
                    if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) close = true;
                    else if (name.equalsIgnoreCase("Content-Length")) length = Integer.parseInt(value);
                }
                byte[] body = in.readNBytes(length);
                try {
                    onCallback(new String(body, StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    unknownReports.incrementAndGet();
                }
                o.write(OK);
                o.flush();
                if (close || line.endsWith("HTTP/1.0")) break;
            }
        } catch (IOException e) {
            // connection gone
        }
    }

    private static double pct(long[] sorted, int len, double p) {
        if (len == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * len) - 1;
        return sorted[Math.max(0, Math.min(len - 1, i))] / 1e6;
    }

    private void report(int sent, long sendDoneNs, long lastAcceptNs, long endNs) throws IOException {
        long[] acc = new long[n], e2e = new long[n];
        int na = 0, ne = 0;
        long missing = 0;
        StringBuilder missingIds = new StringBuilder(), dupIds = new StringBuilder(), failed = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (acceptNs[i] != 0) acc[na++] = acceptNs[i] - sendNs[i];
            if (finalNs[i] != 0) e2e[ne++] = finalNs[i] - sendNs[i];
            if (acceptNs[i] != 0 && finalCount.get(i) == 0) {
                missing++;
                missingIds.append(idOffset + i).append('\n');
            }
            if (finalCount.get(i) > 1) dupIds.append(idOffset + i).append(' ').append(finalCount.get(i)).append('\n');
            if (failure[i] != null) failed.append(idOffset + i).append(' ').append(failure[i]).append('\n');
        }
        Arrays.sort(acc, 0, na);
        Arrays.sort(e2e, 0, ne);
        double acceptWindowS = (lastAcceptNs - t0Ns) / 1e9;
        double finalWindowS = (lastFinalNs - t0Ns) / 1e9;
        long unique = finals.get() - dupFinals.get();
        double cpuS = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        StringBuilder statuses = new StringBuilder();
        byStatus.forEach((k, v) -> statuses.append(statuses.length() > 0 ? " " : "").append(k).append(':').append(v));
        String json = String.format(
                Locale.ROOT,
                "{\"n\":%d,\"rate\":%.0f,\"sent\":%d,\"concurrency\":%d,\"id_offset\":%d,\"accepted\":%d,"
                        + "\"rejected\":%d,\"accept_window_s\":%.3f,\"accepted_per_s\":%.1f,"
                        + "\"callback_posts\":%d,\"dlr_total\":%d,\"dlr_final_unique\":%d,\"dlr_delivered\":%d,"
                        + "\"dlr_dup_final\":%d,\"dlr_unknown\":%d,\"dlr_early_unmatched\":%d,\"dlr_missing\":%d,"
                        + "\"dlr_by_status\":\"%s\",\"dlr_window_s\":%.3f,"
                        + "\"dlr_per_s_from_start\":%.1f,\"dlr_per_s_own_window\":%.1f,"
                        + "\"accept_lat_ms\":{\"p50\":%.2f,\"p90\":%.2f,\"p99\":%.2f,\"max\":%.2f},"
                        + "\"e2e_lat_ms\":{\"p50\":%.2f,\"p90\":%.2f,\"p99\":%.2f,\"max\":%.2f},"
                        + "\"t0_epoch_ms\":%d,\"send_done_epoch_ms\":%d,\"last_accept_epoch_ms\":%d,"
                        + "\"first_dlr_epoch_ms\":%d,\"last_dlr_epoch_ms\":%d,\"end_epoch_ms\":%d,\"driver_cpu_s\":%.2f}",
                n, rate, sent, concurrency, idOffset, accepted.get(), rejected.get(), acceptWindowS,
                acceptWindowS > 0 ? accepted.get() / acceptWindowS : 0.0,
                callbackPosts.get(), reports.get(), unique, delivered.get(), dupFinals.get(), unknownReports.get(),
                earlyFinals.size(), missing, statuses, finalWindowS,
                finalWindowS > 0 ? unique / finalWindowS : 0.0,
                lastFinalNs > firstFinalNs ? (unique - 1) / ((lastFinalNs - firstFinalNs) / 1e9) : 0.0,
                pct(acc, na, 50), pct(acc, na, 90), pct(acc, na, 99), pct(acc, na, 100),
                pct(e2e, ne, 50), pct(e2e, ne, 90), pct(e2e, ne, 99), pct(e2e, ne, 100),
                t0EpochMs, t0EpochMs + (sendDoneNs - t0Ns) / 1_000_000L, t0EpochMs + (lastAcceptNs - t0Ns) / 1_000_000L,
                firstFinalNs == 0 ? 0 : t0EpochMs + (firstFinalNs - t0Ns) / 1_000_000L,
                lastFinalNs == 0 ? 0 : t0EpochMs + (lastFinalNs - t0Ns) / 1_000_000L,
                t0EpochMs + (endNs - t0Ns) / 1_000_000L, cpuS);
        Files.writeString(out.resolve("summary.json"), json + "\n");
        Files.writeString(out.resolve("missing-dlr.txt"), missingIds.toString());
        Files.writeString(out.resolve("dup-dlr.txt"), dupIds.toString());
        Files.writeString(out.resolve("failed-sends.txt"), failed.toString());
        StringBuilder tl = new StringBuilder("second\taccepted\tfinal_dlrs\n");
        int last = second(Math.max(endNs, lastFinalNs));
        for (int s = 0; s <= last && s < tlAccepted.length(); s++) {
            tl.append(s).append('\t').append(tlAccepted.get(s)).append('\t').append(tlFinal.get(s)).append('\n');
        }
        Files.writeString(out.resolve("timeline.tsv"), tl.toString());
        System.out.println(json);
    }

    /** One persistent HTTP/1.1 connection: status line, headers, Content-Length or chunked body. */
    static final class Http {
        final Socket s;
        final OutputStream out;
        final InputStream in;
        String body = "";
        boolean close;

        Http(String host, int port) throws IOException {
            s = new Socket(host, port);
            s.setTcpNoDelay(true);
            s.setSoTimeout(60_000);
            out = s.getOutputStream();
            in = new BufferedInputStream(s.getInputStream(), 8192);
        }

        int readResponse() throws IOException {
            String status = readLine(in);
            if (status == null) throw new IOException("connection closed by server");
            int sp = status.indexOf(' ');
            int code = Integer.parseInt(status.substring(sp + 1, sp + 4));
            int len = -1;
            boolean chunked = false;
            close = false;
            String h;
            while ((h = readLine(in)) != null && !h.isEmpty()) {
                int colon = h.indexOf(':');
                if (colon < 0) continue;
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) len = Integer.parseInt(value);
                else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) chunked = true;
                else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) close = true;
            }
            if (chunked) {
                StringBuilder b = new StringBuilder();
                while (true) {
                    int size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16);
                    if (size == 0) {
                        while ((h = readLine(in)) != null && !h.isEmpty()) {}
                        break;
                    }
                    b.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                    readLine(in);
                }
                body = b.toString();
                return code;
            }
            if (len < 0) {
                close = true;
                len = 0;
            }
            byte[] b = in.readNBytes(len);
            if (b.length < len) throw new IOException("short body");
            body = new String(b, StandardCharsets.UTF_8);
            return code;
        }

        static String readLine(InputStream in) throws IOException {
            StringBuilder sb = new StringBuilder(128);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int l = sb.length();
                    if (l > 0 && sb.charAt(l - 1) == '\r') sb.setLength(l - 1);
                    return sb.toString();
                }
                sb.append((char) c);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        void close() {
            try {
                s.close();
            } catch (IOException e) {
                // gone already
            }
        }
    }

    /** Just enough JSON to read Simfleet's answers and callback bodies: objects, arrays, strings, numbers. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) throw new IllegalArgumentException("trailing text at " + j.i);
            return v;
        }

        /** Every object with both an "id" and a "status" member, however deep. */
        @SuppressWarnings("unchecked")
        static void reports(Object v, List<Map<String, Object>> found) {
            if (v instanceof Map<?, ?> m) {
                if (m.containsKey("id") && m.containsKey("status")) found.add((Map<String, Object>) m);
                else m.values().forEach(x -> reports(x, found));
            } else if (v instanceof List<?> l) {
                l.forEach(x -> reports(x, found));
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new HashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // ':'
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') return m;
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') return l;
                }
            }
            if (c == '"') return string();
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) i++;
            String raw = s.substring(start, i);
            return switch (raw) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> raw; // numbers kept as text: ids are compared as text
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }

    /** Creates the benchmark's organisation through the API: SIMs, a policy, endpoints, the SMS callback. */
    static final class Provisioning {
        private static final HttpClient HTTP =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        static void run(Map<String, String> o) throws Exception {
            String api = o.getOrDefault("api", "http://127.0.0.1:28090");
            int count = Integer.parseInt(o.getOrDefault("endpoints", "2000"));
            Path out = Path.of(o.getOrDefault("out", "."));
            Files.createDirectories(out);
            String operator = token(api, o.getOrDefault("admin-email", "admin@simfleet.local"), o.get("admin-password"));

            StringBuilder sims = new StringBuilder("{\"sims\":[");
            List<String> iccids = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                String iccid = luhn("8988309" + String.format("%012d", k));
                iccids.add(iccid);
                sims.append(k == 0 ? "" : ",")
                        .append("{\"iccid\":\"").append(iccid)
                        .append("\",\"imsi\":\"").append("90143").append(String.format("%010d", k))
                        .append("\",\"msisdn\":\"").append("4670").append(String.format("%07d", k))
                        .append("\"}");
            }
            String bic = field(call(api, operator, "POST", "/api/v1/sims/import", sims.append("]}").toString()), "bic");
            String org = call(api, operator, "POST", "/api/v1/organisations",
                    "{\"name\":\"SMS bench " + System.currentTimeMillis()
                            + "\",\"admin_email\":\"bench@sms.example\",\"admin_name\":\"SMS bench\"}");
            String customer = token(api, "bench@sms.example", field(org, "password"));
            call(api, customer, "POST", "/api/v1/sims/register", "{\"bic\":\"" + bic + "\"}");
            for (int from = 0; from < count; from += 1000) {
                List<String> part = iccids.subList(from, Math.min(count, from + 1000));
                call(api, customer, "POST", "/api/v1/sims/state-changes",
                        "{\"target_state\":\"ACTIVE\",\"iccids\":[\"" + String.join("\",\"", part) + "\"]}");
            }
            String policy = field(call(api, customer, "POST", "/api/v1/service-policies",
                    "{\"name\":\"SMS bench\",\"apns\":[\"iot\"]}"), "id");
            String coverage = field(call(api, customer, "POST", "/api/v1/coverage-policies",
                    "{\"name\":\"SMS bench\",\"allowed_countries\":[],\"blocked_operators\":[]}"), "id");
            String[] ids = new String[count];
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                int e = k;
                done.add(pool.submit(() -> {
                    ids[e] = field(call(api, customer, "POST", "/api/v1/endpoints",
                            "{\"name\":\"Bench device " + e + "\",\"service_policy_id\":" + policy
                                    + ",\"coverage_policy_id\":" + coverage
                                    + ",\"sim_iccid\":\"" + iccids.get(e) + "\"}"), "id");
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            String callback = o.get("callback");
            String orgId = field(org, "id");
            String path = o.getOrDefault("callback-path", "/api/v1/organisations/" + orgId + "/sms-callback");
            call(api, customer, o.getOrDefault("callback-method", "PUT"), path,
                    "{\"url\":\"" + callback + "\",\"secret\":\"sms-bench-callback-secret\"}");
            Files.writeString(out.resolve("token"), customer + "\n");
            Files.writeString(out.resolve("endpoints"), String.join("\n", ids) + "\n");
            System.out.println("provisioned " + count + " endpoints in organisation " + orgId);
        }

        private static String token(String api, String user, String password) throws Exception {
            return field(call(api, null, "POST", "/api/v1/authenticate",
                    "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"), "auth_token");
        }

        private static String call(String api, String token, String method, String path, String body)
                throws Exception {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            if (token != null) r.header("Authorization", "Bearer " + token);
            HttpResponse<String> a = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
            if (a.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + a.statusCode() + ": " + a.body());
            }
            return a.body();
        }

        /** The first member of that name anywhere in the answer. */
        private static String field(String json, String name) {
            Object v = find(Json.parse(json), name);
            if (v == null) throw new IllegalStateException("no " + name + " in " + json);
            return v.toString();
        }

        private static Object find(Object v, String name) {
            if (v instanceof Map<?, ?> m) {
                if (m.containsKey(name)) return m.get(name);
                for (Object x : m.values()) {
                    Object f = find(x, name);
                    if (f != null) return f;
                }
            } else if (v instanceof List<?> l) {
                for (Object x : l) {
                    Object f = find(x, name);
                    if (f != null) return f;
                }
            }
            return null;
        }

        /** ICCIDs end with a Luhn check digit (ITU-T E.118); the API refuses any other. */
        private static String luhn(String digits) {
            int sum = 0;
            for (int k = 0; k < digits.length(); k++) {
                int d = digits.charAt(digits.length() - 1 - k) - '0';
                if (k % 2 == 0) {
                    d *= 2;
                    if (d > 9) d -= 9;
                }
                sum += d;
            }
            return digits + (10 - sum % 10) % 10;
        }
    }
}
