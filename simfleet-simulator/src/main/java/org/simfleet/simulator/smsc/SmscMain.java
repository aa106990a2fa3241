package org.simfleet.simulator.smsc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the SMSC simulator on its own, for demos and benchmarks.
 *
 * <pre>
 * java -cp ... org.simfleet.simulator.smsc.SmscMain --port 2775 --system-id simfleet --password secret \
 *     [--receipt-delay-ms 10] [--deliver-window 8] [--pdu-threads 8] [--failed-prefix 49170] \
 *     [--unreachable-prefix 49171] [--default-validity-s 86400] [--control-port 2776]
 * </pre>
 *
 * The control port (loopback, one command per connection, one line answered) takes {@code stats}, {@code drop MS}
 * (abort every connection, refuse binds for MS ms), {@code refuse MS}, {@code throttle N}, {@code throttle-above
 * PER_S}, {@code slow MS}, {@code clear}, {@code mo FROM TO TEXT…}, {@code count KEY} (submits carrying "id=KEY")
 * and {@code quit}. Submits are counted per "id=N" marker in their text, so duplicates show in {@code stats}.
 */
public final class SmscMain {
    private SmscMain() {}

    public static void main(String[] args) throws Exception {
        int port = 2775;
        int controlPort = 0;
        String systemId = "simfleet";
        String password = "secret";
        long receiptDelayMs = 10;
        int deliverWindow = 8;
        int pduThreads = 8;
        String failedPrefix = null;
        String unreachablePrefix = null;
        long validitySeconds = 86_400;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value);
                case "--control-port" -> controlPort = Integer.parseInt(value);
                case "--system-id" -> systemId = value;
                case "--password" -> password = value;
                case "--receipt-delay-ms" -> receiptDelayMs = Long.parseLong(value);
                case "--deliver-window" -> deliverWindow = Integer.parseInt(value);
                case "--pdu-threads" -> pduThreads = Integer.parseInt(value);
                case "--failed-prefix" -> failedPrefix = value;
                case "--unreachable-prefix" -> unreachablePrefix = value;
                case "--default-validity-s" -> validitySeconds = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        Duration delay = Duration.ofMillis(receiptDelayMs);
        String failed = failedPrefix;
        String unreachable = unreachablePrefix;
        Handsets handsets = msisdn -> {
            if (failed != null && msisdn.startsWith(failed)) {
                return new Delivery.Failed(delay, "001", 0x01);
            }
            if (unreachable != null && msisdn.startsWith(unreachable)) {
                return new Delivery.Unreachable();
            }
            return new Delivery.Delivered(delay);
        };
        SmscConfig config = SmscConfig.defaults(systemId, password)
                .withPort(port)
                .withHandsets(handsets)
                .withDeliverWindow(deliverWindow)
                .withPduThreads(pduThreads)
                .withDefaultValidity(Duration.ofSeconds(validitySeconds))
                .withDuplicateKey(SmscMain::marker);
        SmscSimulator smsc = SmscSimulator.create(config).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("final " + smsc.stats())));
        System.out.println("SMSC simulator listening on 127.0.0.1:" + smsc.port() + " as " + systemId);
        CountDownLatch quit = new CountDownLatch(1);
        if (controlPort > 0) {
            ServerSocket control = new ServerSocket(controlPort, 8, InetAddress.getLoopbackAddress());
            System.out.println("control on 127.0.0.1:" + control.getLocalPort());
            Thread t = new Thread(() -> serve(control, smsc, quit), "smsc-control");
            t.setDaemon(true);
            t.start();
        }
        System.out.flush();
        quit.await();
        smsc.close();
    }

    private static void serve(ServerSocket control, SmscSimulator smsc, CountDownLatch quit) {
        while (quit.getCount() > 0) {
            try (Socket s = control.accept();
                    BufferedReader in =
                            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(
                            new java.io.OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true)) {
                String line = in.readLine();
                out.println(line == null ? "error: empty" : command(line.trim(), smsc, quit));
            } catch (IOException | RuntimeException e) {
                System.out.println("control: " + e);
            }
        }
    }

    static String command(String line, SmscSimulator smsc, CountDownLatch quit) {
        String[] w = line.split(" ", 4);
        switch (w[0]) {
            case "stats":
                return smsc.stats().toString();
            case "drop":
                smsc.dropConnections(Duration.ofMillis(Long.parseLong(w[1])));
                return "ok";
            case "refuse":
                smsc.refuseBinds(Duration.ofMillis(Long.parseLong(w[1])));
                return "ok";
            case "throttle":
                smsc.throttleNext(Integer.parseInt(w[1]));
                return "ok";
            case "throttle-above":
                smsc.throttleAbove(Integer.parseInt(w[1]));
                return "ok";
            case "slow":
                smsc.slowResponses(Duration.ofMillis(Long.parseLong(w[1])));
                return "ok";
            case "clear":
                smsc.clearFaults();
                return "ok";
            case "mo":
                if (w.length < 4) {
                    return "error: mo FROM TO TEXT";
                }
                smsc.sendMo(w[1], w[2], w[3]);
                return "ok";
            case "count":
                return Integer.toString(smsc.submitsWithKey("id=" + w[1]));
            case "quit":
                quit.countDown();
                return "bye";
            default:
                return "error: unknown command " + w[0];
        }
    }

    /** The "id=N" marker of a benchmark text, or null. */
    static String marker(String text) {
        int at = text.indexOf("id=");
        if (at < 0) {
            return null;
        }
        int end = at + 3;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == at + 3 ? null : text.substring(at, end);
    }
}
