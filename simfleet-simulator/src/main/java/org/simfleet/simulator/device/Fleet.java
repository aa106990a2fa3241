package org.simfleet.simulator.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.simfleet.simulator.network.PlatformApi;
import org.simfleet.simulator.network.Subscriber;
import tools.jackson.databind.JsonNode;

/**
 * The simulated devices of one organisation, built from what its API shows: each endpoint with a SIM becomes a
 * device with that SIM's IMSI and MSISDN and the endpoint's IMEI, a {@link Profile} from its service policy and a
 * {@link Quirk} drawn from the seed. The same seed and fleet give the same devices.
 */
public final class Fleet {

    /** An endpoint with its SIM, as read from the API. */
    public record Line(
            long endpointId,
            String imsi,
            String msisdn,
            String imei,
            boolean imeiLock,
            String servicePolicy,
            List<String> tags) {}

    private final List<Device> devices;
    private final Map<String, Device> byMsisdn = new HashMap<>();

    private Fleet(List<Device> devices) {
        this.devices = List.copyOf(devices);
        devices.forEach(d -> {
            if (d.subscriber().msisdn() != null) {
                byMsisdn.put(d.subscriber().msisdn(), d);
            }
        });
    }

    /** The first {@code max} endpoints with a SIM, by id, as {@code api} (the organisation's token) shows them. */
    public static List<Line> read(PlatformApi api, int max) {
        Map<String, JsonNode> sims = new HashMap<>();
        api.all("/api/v1/sims").forEach(s -> sims.put(s.get("iccid").asString(), s));
        List<Line> lines = new ArrayList<>();
        for (JsonNode e : api.all("/api/v1/endpoints?sort=id")) {
            JsonNode simRef = e.get("sim");
            if (simRef == null || simRef.isNull() || lines.size() >= max) {
                continue;
            }
            JsonNode sim = sims.get(simRef.get("iccid").asString());
            if (sim == null) {
                continue;
            }
            List<String> tags = new ArrayList<>();
            e.path("tags").forEach(t -> tags.add(t.asString()));
            lines.add(new Line(
                    e.get("id").asLong(),
                    sim.get("imsi").asString(),
                    text(sim.get("msisdn")),
                    text(e.get("imei")),
                    e.path("imei_lock").asBoolean(false),
                    e.path("service_policy").path("name").asString(""),
                    tags));
        }
        return lines;
    }

    /** Devices for {@code lines}: quirks by the seed, about one device in eight misbehaves. */
    public static Fleet build(List<Line> lines, long seed, Air air) {
        Random r = new Random(seed);
        List<Device> devices = new ArrayList<>();
        List<String> imeis = new ArrayList<>();
        lines.forEach(l -> {
            if (l.imei() != null) {
                imeis.add(l.imei());
            }
        });
        Collections.shuffle(imeis, r);
        int swap = 0;
        for (Line l : lines) {
            Profile profile = Profile.of(l.servicePolicy(), l.tags());
            Quirk quirk = quirk(profile, l, r.nextInt(100));
            String imei = l.imei();
            if (quirk == Quirk.SWAPPED_IMEI) {
                String other = imeis.isEmpty() ? null : imeis.get(swap++ % imeis.size());
                imei = other == null || other.equals(l.imei())
                        ? "35000000" + String.format("%07d", l.endpointId())
                        : other;
            }
            String imeisv = imei == null || imei.length() < 14 ? null : imei.substring(0, 14) + "01";
            devices.add(new Device(
                    l.endpointId(),
                    new Subscriber(l.imsi(), l.msisdn(), imeisv),
                    profile,
                    quirk,
                    seed * 1_000_003L + devices.size(),
                    air));
        }
        return new Fleet(devices);
    }

    private static Quirk quirk(Profile p, Line l, int roll) {
        if (roll < 4 && p == Profile.TRACKER) {
            return Quirk.NO_APN;
        }
        if (roll >= 4 && roll < 6) {
            return Quirk.WRONG_APN;
        }
        if (roll >= 6 && roll < 9 && p == Profile.METER) {
            return Quirk.DISALLOWED_RAT;
        }
        if (roll >= 9 && roll < 12 && p != Profile.ROUTER) {
            return Quirk.BLACKLISTED_OPERATOR;
        }
        if (roll >= 12 && roll < 15 && l.imeiLock() && l.imei() != null) {
            return Quirk.SWAPPED_IMEI;
        }
        return Quirk.NONE;
    }

    /** Switches every device on within {@code spread}. */
    public void powerOn(Duration spread) {
        devices.forEach(d -> d.powerOnWithin(spread));
    }

    public List<Device> devices() {
        return devices;
    }

    /** The device whose SIM has this MSISDN, for SMS delivered to handsets. */
    public Device byMsisdn(String msisdn) {
        return byMsisdn.get(msisdn);
    }

    public Map<Device.State, Integer> states() {
        Map<Device.State, Integer> m = new java.util.EnumMap<>(Device.State.class);
        devices.forEach(d -> m.merge(d.state(), 1, Integer::sum));
        return m;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
