package org.simfleet.simulator.device;

import java.time.Duration;
import java.util.Random;
import org.simfleet.simulator.network.DataSession;
import org.simfleet.simulator.network.Hlr;
import org.simfleet.simulator.network.PacketGateway;
import org.simfleet.simulator.network.Plmn;
import org.simfleet.simulator.network.Radio;
import org.simfleet.simulator.network.Subscriber;

/**
 * One simulated device and its life on the network, driven by the scheduler: power on, register through the HLR,
 * open PDP contexts through the gateway as its {@link Profile} does, roam, switch off now and then, and come back
 * after a refusal, a Disconnect or a gateway restart. Its choices come from its own seeded random, so they do not
 * depend on what other devices did.
 */
public final class Device implements DataSession.Owner {

    /** Where the device is, as the simulator sees it. */
    public enum State {
        OFF,
        REFUSED,
        ATTACHED,
        ONLINE
    }

    static final String APN = "em";
    static final String WRONG_APN = "internet";

    private final long endpointId;
    private final Subscriber subscriber;
    private final Profile profile;
    private final Quirk quirk;
    private final Random random;
    private final Air air;
    private State state = State.OFF;
    private String apn;
    private Plmn plmn = Networks.HOME;
    private Radio radio;
    private DataSession session;
    // Plans made under an earlier registration (before a switch-off or roam) or for an earlier session skip.
    private int registration;
    private int generation;
    private boolean apnRequested;

    Device(long endpointId, Subscriber subscriber, Profile profile, Quirk quirk, long seed, Air air) {
        this.endpointId = endpointId;
        this.subscriber = subscriber;
        this.profile = profile;
        this.quirk = quirk;
        this.random = new Random(seed);
        this.air = air;
        this.apn = switch (quirk) {
            case NO_APN -> null;
            case WRONG_APN -> WRONG_APN;
            default -> APN;
        };
        this.radio = quirk == Quirk.DISALLOWED_RAT ? Radio.GSM : homeRadio(profile);
    }

    public long endpointId() {
        return endpointId;
    }

    public Subscriber subscriber() {
        return subscriber;
    }

    public Profile profile() {
        return profile;
    }

    public Quirk quirk() {
        return quirk;
    }

    public State state() {
        return state;
    }

    /** Switches the device on within {@code spread} of now. */
    void powerOnWithin(Duration spread) {
        later(millis(0, spread.toMillis()), this::attach);
    }

    /** An SMS reached the device (MT); a configuration SMS naming an APN sets it, and data follows. */
    public void smsReceived(String text) {
        air.tally().mtReceived();
        String t = text.strip();
        if (t.toUpperCase().contains("APN")) {
            String[] words = t.split("[\\s,;=\"]+");
            for (int i = 0; i < words.length - 1; i++) {
                if (words[i].equalsIgnoreCase("apn") || words[i].toUpperCase().endsWith("APN")) {
                    apn = words[i + 1];
                }
            }
            if (state == State.ATTACHED) {
                planned(millis(5_000, 30_000), this::openSession);
            }
        }
    }

    @Override
    public void sessionEnded(DataSession ended, String why) {
        if (ended != session) {
            return;
        }
        session = null;
        generation++;
        if (state == State.ONLINE) {
            state = State.ATTACHED;
        }
        // the device notices its PDP context is gone and sets it up again a little later
        planned(millis(30_000, 180_000), this::openSession);
    }

    private void attach() {
        registration++;
        if (quirk == Quirk.BLACKLISTED_OPERATOR && profile != Profile.ROUTER) {
            plmn = random.nextInt(3) == 0 ? Networks.next(profile, random) : Networks.forbidden(profile);
        } else {
            plmn = Networks.next(profile, random);
        }
        Hlr.Answer a = air.hlr()
                .updateGprsLocation(
                        subscriber.imsi(),
                        plmn,
                        radio,
                        1000 + random.nextInt(5000),
                        random.nextInt(0xfffffff),
                        stamp());
        if (!a.allowed()) {
            state = State.REFUSED;
            air.tally().refused(this, "HLR", a.reason());
            planned(millis(600_000, 1_200_000), this::attach); // tries another network later
            return;
        }
        state = State.ATTACHED;
        if (apn == null && air.app() != null && !apnRequested) {
            apnRequested = true; // reachable by SMS now: the fleet's support sends it its APN
            air.app().configureApn(this);
        }
        switch (profile) {
            case TRACKER -> {
                planned(millis(10_000, 120_000), this::openSession);
                planned(millis(1_800_000, 3_600_000), this::roam);
                if (random.nextInt(100) < 15) { // battery saving: off for a while
                    planned(millis(600_000, 2_400_000), this::switchOff);
                }
            }
            case METER -> planned(millis(0, 3_000_000), this::openSession); // its daily upload falls in the hour
            case ROUTER -> planned(millis(5_000, 60_000), this::openSession);
        }
    }

    private void openSession() {
        if (state != State.ATTACHED || session != null || apn == null) {
            return;
        }
        PacketGateway.Access access = air.gateway().access(subscriber, apn, radio, plmn);
        if (!access.accepted()) {
            if (access.answered()) {
                air.tally().refused(this, "AAA", access.reason());
            }
            planned(millis(600_000, 1_200_000), this::openSession); // a misconfigured device keeps trying
            return;
        }
        DataSession s = air.gateway().start(subscriber, apn, access.address(), radio, plmn, this);
        if (s == null) {
            planned(millis(60_000, 300_000), this::openSession);
            return;
        }
        session = s;
        state = State.ONLINE;
        int g = ++generation;
        switch (profile) {
            case TRACKER -> {
                s.transfer(200 + random.nextInt(2_000), 100 + random.nextInt(600));
                later(millis(30_000, 240_000), () -> closeSession(g, millis(240_000, 900_000)));
            }
            case METER -> {
                s.transfer(2_000 + random.nextInt(20_000), 500 + random.nextInt(2_000));
                later(millis(10_000, 60_000), () -> closeSession(g, Duration.ofDays(1)));
            }
            case ROUTER -> later(Duration.ofMinutes(5), () -> routerInterim(g));
        }
    }

    private void routerInterim(int g) {
        if (g != generation || session == null) {
            return;
        }
        session.transfer(50_000 + random.nextInt(500_000), 200_000 + random.nextInt(2_000_000));
        air.gateway().interim(session);
        later(Duration.ofMinutes(5), () -> routerInterim(g));
    }

    private void closeSession(int g, Duration nextIn) {
        if (g != generation || session == null) {
            return;
        }
        session.transfer(100 + random.nextInt(1_000), 50 + random.nextInt(300));
        air.gateway().stop(session, PacketGateway.TerminateCause.USER_REQUEST);
        if (profile == Profile.TRACKER && random.nextInt(100) < 40) {
            reportPosition();
        }
        session = null;
        state = State.ATTACHED;
        ++generation;
        planned(nextIn, this::openSession);
    }

    /** A position report by SMS to the fleet's service number, as SMS-configured trackers send them. */
    private void reportPosition() {
        if (air.sms() == null || subscriber.msisdn() == null) {
            return;
        }
        double lat = 47 + random.nextInt(8_000) / 1000.0;
        double lon = 6 + random.nextInt(9_000) / 1000.0;
        air.sms().sendMo(subscriber.msisdn(), String.format(java.util.Locale.ROOT, "POS %.3f,%.3f %s", lat, lon, plmn));
        air.tally().moSent();
    }

    private void roam() {
        if (session != null) {
            planned(millis(300_000, 900_000), this::roam);
            return;
        }
        attach();
    }

    private void switchOff() {
        if (session != null) {
            air.gateway().stop(session, PacketGateway.TerminateCause.LOST_CARRIER);
            session = null;
        }
        generation++;
        registration++;
        state = State.OFF;
        air.hlr().purge(subscriber.imsi(), stamp());
        later(millis(600_000, 1_800_000), this::attach);
    }

    /** Runs {@code r} after {@code d} unless the device registered anew or switched off meanwhile. */
    private void planned(Duration d, Runnable r) {
        int reg = registration;
        later(d, () -> {
            if (reg == registration) {
                r.run();
            }
        });
    }

    private void later(Duration d, Runnable r) {
        air.clock().after(d, r);
    }

    private Duration millis(long from, long to) {
        return Duration.ofMillis(from + (long) (random.nextDouble() * (to - from)));
    }

    private java.time.Instant stamp() {
        return air.clock().stamp();
    }

    private static Radio homeRadio(Profile p) {
        return switch (p) {
            case TRACKER -> Radio.LTE;
            case METER -> Radio.LTE_M;
            case ROUTER -> Radio.LTE;
        };
    }
}
