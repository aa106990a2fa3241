package org.simfleet.simulator.run;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.simfleet.simulator.clock.Scheduler;
import org.simfleet.simulator.device.Air;
import org.simfleet.simulator.device.Device;
import org.simfleet.simulator.device.Fleet;
import org.simfleet.simulator.device.FleetApp;
import org.simfleet.simulator.device.Tally;
import org.simfleet.simulator.network.DisconnectListener;
import org.simfleet.simulator.network.GatewayIdentity;
import org.simfleet.simulator.network.Hlr;
import org.simfleet.simulator.network.Pacer;
import org.simfleet.simulator.network.PacketGateway;
import org.simfleet.simulator.network.PacketLoss;
import org.simfleet.simulator.network.PlatformApi;
import org.simfleet.simulator.network.Plmn;
import org.simfleet.simulator.network.SmsCenter;

/**
 * One simulated network against one platform: reads the fleet through the API, then runs the devices, the gateway
 * (with its Disconnect listener and restarts) and the HLR on the scheduler. Not thread-safe: run it from one thread.
 */
public final class Simulation implements AutoCloseable {

    private final SimulationConfig config;
    private final Scheduler clock;
    private final PacketGateway gateway;
    private final DisconnectListener disconnects;
    private final Hlr hlr;
    private final Tally tally = new Tally();
    private final Fleet fleet;
    private final PacketLoss loss;
    private final SmsCenter sms;
    private final FleetApp app;

    private Simulation(SimulationConfig config, Clock wall) {
        this.config = config;
        Instant start = config.start() == null ? wall.instant() : config.start();
        this.clock = new Scheduler(start, config.speed(), wall);
        PlatformApi org = config.organisation();
        PlatformApi network = config.network();
        Pacer pacer = new Pacer(config.rate());
        this.hlr = new Hlr(network, pacer);
        this.loss = new PacketLoss(config.seed() ^ 0x5eed, config.loss());
        Inet4Address gw = ipv4(config.gatewayAddress());
        InetAddress radius = host(config.radiusHost());
        this.gateway = new PacketGateway(
                new GatewayIdentity(gw, "pgw-sim-01", new Plmn("262", "01")),
                config.secret(),
                new InetSocketAddress(radius, config.authPort()),
                new InetSocketAddress(radius, config.acctPort()),
                Duration.ofSeconds(2),
                3,
                loss,
                clock,
                pacer);
        this.disconnects = new DisconnectListener(gateway, config.coaPort());
        List<Fleet.Line> lines = Fleet.read(org, config.devices());
        Set<String> handsets = new HashSet<>();
        lines.forEach(l -> {
            if (l.msisdn() != null) {
                handsets.add(l.msisdn());
            }
        });
        // the devices are built after the SMSC exists; its deliveries reach them through this reference
        AtomicReference<Fleet> built = new AtomicReference<>();
        SimulationConfig.Sms s = config.sms();
        this.sms = s == null
                ? null
                : new SmsCenter(s.port(), s.systemId(), s.password(), handsets::contains, clock, (msisdn, text) -> {
                    Device d = built.get() == null ? null : built.get().byMsisdn(msisdn);
                    if (d != null) {
                        d.smsReceived(text);
                    }
                });
        this.app = s != null && s.fleetApp() ? new FleetApp(org) : null;
        this.fleet = Fleet.build(lines, config.seed(), new Air(clock, gateway, hlr, tally, sms, app));
        built.set(fleet);
        fleet.powerOn(config.powerOnSpread());
        if (config.restartEvery() != null && !config.restartEvery().isZero()) {
            scheduleRestart();
        }
    }

    public static Simulation start(SimulationConfig config) {
        return new Simulation(config, Clock.systemUTC());
    }

    /** Runs the network for {@code virtual} time (or until {@link #stop}); answers the events run. */
    public long run(Duration virtual) {
        return clock.runUntil(clock.now().plus(virtual));
    }

    /** From any thread: ends {@link #run} soon. */
    public void stop() {
        clock.stop();
    }

    public Scheduler clock() {
        return clock;
    }

    public Fleet fleet() {
        return fleet;
    }

    public PacketGateway gateway() {
        return gateway;
    }

    public Hlr hlr() {
        return hlr;
    }

    public Tally tally() {
        return tally;
    }

    public PacketLoss loss() {
        return loss;
    }

    /** The SMSC, or null when the run simulates no SMS. */
    public SmsCenter sms() {
        return sms;
    }

    /** The fleet owner's application, or null. */
    public FleetApp app() {
        return app;
    }

    /** The gateway's Disconnect port, to register the gateway with. */
    public int coaPort() {
        return disconnects.port();
    }

    /** One line of what happened so far, for the console. */
    public String summary() {
        return clock.now() + " devices " + fleet.states() + " | gateway " + gateway.stats() + " | hlr updates="
                + hlr.updates() + " rejected=" + hlr.rejected() + " purges=" + hlr.purges() + " | " + tally
                + (app == null
                        ? ""
                        : " sms_mt_submitted=" + app.submitted() + " refused=" + app.refused()
                                + (app.lastRefusal() == null ? "" : " (" + app.lastRefusal() + ")"));
    }

    private void scheduleRestart() {
        clock.after(config.restartEvery(), () -> {
            gateway.restart();
            scheduleRestart();
        });
    }

    private static Inet4Address ipv4(String address) {
        if (host(address) instanceof Inet4Address v4) {
            return v4;
        }
        throw new IllegalArgumentException("--gateway-address must be an IPv4 address, not " + address);
    }

    private static InetAddress host(String name) {
        try {
            return InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + name, e);
        }
    }

    @Override
    public void close() {
        if (sms != null) {
            sms.close();
        }
        disconnects.close();
        gateway.close();
    }
}
