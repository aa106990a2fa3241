package org.simfleet.simulator.run;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.simfleet.simulator.device.Fleet;
import org.simfleet.simulator.load.AccountingLoad;
import org.simfleet.simulator.load.LoadConfig;
import org.simfleet.simulator.load.LoadReport;
import org.simfleet.simulator.network.PlatformApi;

/** {@code java -jar simfleet-simulator.jar --target URL ...}: the simulated network, or a load run with --profile load. */
public final class SimulatorMain {

    static final String USAGE =
            """
            simfleet simulate: a simulated network (devices, packet gateway, HLR) against a Simfleet

              --target URL            the platform (default http://127.0.0.1:8080)
              --token T | --token-file F | --user U --password P
                                      an organisation's credentials: its endpoints become the devices
              --hlr-token T | --hlr-token-file F | --hlr-user U --hlr-password P
                                      the operator's network element (role NETWORK) that posts HLR events
                                      (default: the organisation's credentials)
              --devices N             how many endpoints with a SIM to simulate (default 1000)
              --rate R                at most R requests/s to the platform (default 0: no cap)
              --seed S                makes a run repeatable (default 1)
              --profile demo|load     demo (default): devices living on the network; load: the accounting run
              --radius-host H         default: the target's host; --auth-port 1812, --acct-port 1813
              --secret S              the gateway's RADIUS secret (required; the demo's is testing123)
              --gateway-address A     the gateway's own address, as registered (default 127.0.0.1)
              --coa-port P            where the gateway answers Disconnect-Requests (default 3799)
              --speed X               virtual seconds per real second (default 10; 0: as fast as possible)
              --duration D            virtual run time, ISO-8601 (PT1H) or seconds (default: until stopped)
              --power-on-within D     devices switch on within D of virtual time (default PT5M)
              --restart-every D       the gateway restarts (Accounting-On) every D virtual time (default: never)
              --loss F                drop a share F of the gateway's datagrams, e.g. 0.05 (default 0)
              --report-every S        print a summary every S real seconds (default 10)
                                      while it runs, standard input takes faults on demand: restart (Accounting-On),
                                      loss SHARE, smsc-drop SECONDS, status
              --smsc-port P           run an SMSC on 127.0.0.1:P for the platform's ESME to bind to: MT reaches the
                                      devices (an "APN em" SMS configures an unconfigured tracker), trackers send
                                      position reports as MO (--smsc-system-id, --smsc-password: simfleet)
             load profile:
              --subscribers N         account for BENCHMARKS.md's N subscribers (LoadGen's run-id 1 IMSIs,
                                      001-01 from serial 1,000,000) instead of the organisation's fleet
              --window W              requests in flight (default 256)
              --interims N            Interim-Updates per session (default 3)
              --seconds S             measured seconds (default 35) after --warmup S (default 10)
            """;

    private SimulatorMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0
                || List.of(args).contains("--help")
                || List.of(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        try {
            Options o = new Options(args);
            if ("load".equals(o.text("profile", "demo"))) {
                load(o);
            } else if ("demo".equals(o.text("profile", "demo"))) {
                demo(o);
            } else {
                throw new IllegalArgumentException("--profile is demo or load");
            }
        } catch (IllegalArgumentException | PlatformApi.PlatformException e) {
            System.err.println("simulate: " + e.getMessage());
            System.exit(2);
        }
    }

    private static PlatformApi org(Options o) {
        String target = o.text("target", "http://127.0.0.1:8080");
        String token = o.secretOrFile("token", "token-file");
        if (token != null) {
            return PlatformApi.withToken(target, token);
        }
        if (o.has("user")) {
            return PlatformApi.login(target, o.text("user", null), o.text("password", ""));
        }
        throw new IllegalArgumentException("an organisation's --token, --token-file or --user/--password is required");
    }

    private static PlatformApi network(Options o, PlatformApi org) {
        String token = o.secretOrFile("hlr-token", "hlr-token-file");
        if (token != null) {
            return PlatformApi.withToken(org.base(), token);
        }
        if (o.has("hlr-user")) {
            return PlatformApi.login(org.base(), o.text("hlr-user", null), o.text("hlr-password", ""));
        }
        return org;
    }

    private static void demo(Options o) {
        PlatformApi org = org(o);
        SimulationConfig config = new SimulationConfig(
                org,
                network(o, org),
                o.integer("devices", 1000),
                o.integer("seed", 1),
                o.text("radius-host", URI.create(org.base()).getHost()),
                o.integer("auth-port", 1812),
                o.integer("acct-port", 1813),
                o.text("secret", null),
                o.text("gateway-address", "127.0.0.1"),
                o.integer("coa-port", 3799),
                o.number("speed", 10),
                null,
                duration(o, "power-on-within", Duration.ofMinutes(5)),
                duration(o, "restart-every", null),
                o.number("loss", 0),
                o.number("rate", 0),
                o.has("smsc-port")
                        ? new SimulationConfig.Sms(
                                o.integer("smsc-port", 2775),
                                o.text("smsc-system-id", "simfleet"),
                                o.text("smsc-password", "simfleet"),
                                true)
                        : null);
        Duration total = duration(o, "duration", null);
        long reportEvery = o.integer("report-every", 10);
        try (Simulation sim = Simulation.start(config)) {
            System.out.println("simulate: " + sim.fleet().devices().size() + " devices against " + org.base()
                    + ", gateway " + config.gatewayAddress() + " (Disconnect-Requests on port " + sim.coaPort()
                    + "), speed " + config.speed() + "x"
                    + (sim.sms() == null
                            ? ""
                            : ", SMSC on 127.0.0.1:" + sim.sms().port()));
            Runtime.getRuntime().addShutdownHook(new Thread(sim::stop));
            new Console(Console.of(sim), System.out)
                    .start(new java.io.BufferedReader(
                            new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)));
            Duration step = Duration.ofMillis((long) (reportEvery * 1000 * Math.max(config.speed(), 1)));
            Duration left = total;
            while (!sim.clock().stopped() && (left == null || !left.isNegative() && !left.isZero())) {
                Duration d = left == null || left.compareTo(step) > 0 ? step : left;
                sim.run(d);
                if (left != null) {
                    left = left.minus(d);
                }
                System.out.println(sim.summary());
            }
        }
    }

    private static void load(Options o) throws Exception {
        List<String> imsis;
        String host;
        if (o.has("subscribers")) {
            imsis = benchSubscribers(o.integer("subscribers", 1_000_000));
            host = URI.create(o.text("target", "http://127.0.0.1:8080")).getHost();
        } else {
            PlatformApi org = org(o);
            imsis = Fleet.read(org, o.integer("devices", 1000)).stream()
                    .map(Fleet.Line::imsi)
                    .toList();
            host = URI.create(org.base()).getHost();
        }
        LoadConfig config = new LoadConfig(
                imsis,
                o.text("radius-host", host),
                o.integer("acct-port", 1813),
                o.text("secret", null),
                o.text("gateway-address", "127.0.0.1"),
                o.integer("window", 256),
                o.integer("interims", 3),
                Duration.ofSeconds(o.integer("warmup", 10)),
                Duration.ofSeconds(o.integer("seconds", 35)),
                Duration.ofSeconds(2),
                3,
                o.number("rate", 0));
        System.err.println("simulate: accounting load, " + imsis.size() + " subscribers, window " + config.window()
                + ", " + config.warmup().toSeconds() + " s warm-up + "
                + config.measured().toSeconds() + " s");
        LoadReport r = new AccountingLoad(config).run();
        System.out.print(r.render());
        System.out.printf(
                Locale.ROOT,
                "accounting acked/s=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f lost=%d%n",
                r.ackedPerSecond(),
                r.percentileMillis(0.5),
                r.percentileMillis(0.99),
                r.percentileMillis(1.0),
                r.lost());
    }

    /**
     * The subscribers of BENCHMARKS.md's accounting run: LoadGen's run-id 1 IMSIs (MCC-MNC 001-01, serials from
     * 1,000,000), which {@code bench/run radius} provisions.
     */
    static List<String> benchSubscribers(int n) {
        List<String> imsis = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            imsis.add("00101" + String.format("%010d", 1_000_000L + i));
        }
        return imsis;
    }

    private static Duration duration(Options o, String name, Duration fallback) {
        if (!o.has(name)) {
            return fallback;
        }
        String v = o.text(name, null);
        try {
            return v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " is seconds or ISO-8601 (PT1H), not " + v);
        }
    }
}
