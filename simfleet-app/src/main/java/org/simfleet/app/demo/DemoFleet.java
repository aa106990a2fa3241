package org.simfleet.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.kernel.Luhn;

/**
 * What the demo fleet holds, drawn from a fixed seed so every demo looks the same: 1,250 SIMs of the
 * customer "Demo Fleet" in mixed lifecycle states, 1,000 of them in service in devices, and the devices that carry them — GPS trackers,
 * smart meters, industrial routers and cold-chain sensors, the seeds' typical IoT fleets.
 */
final class DemoFleet {

    static final int SIMS = 1250;
    /** SIMs the operator keeps in stock, never registered, so the operator's inventory is not empty. */
    static final int STOCK = 250;

    /** A kind of device: its name, share of the fleet, type allocation code (first 8 IMEI digits), policy. */
    record DeviceKind(
            String name, int percent, String tac, String servicePolicy, String coveragePolicy, List<String> tags) {}

    static final List<DeviceKind> KINDS = List.of(
            new DeviceKind("Tracker", 50, "35209510", "Trackers", "Europe", List.of("tracker", "fleet")),
            new DeviceKind("Meter", 30, "86472104", "Smart meters", "Germany only", List.of("meter", "psm")),
            new DeviceKind("Router", 15, "86714303", "Routers", "Worldwide", List.of("router", "always-on")),
            new DeviceKind(
                    "Cold-chain sensor", 5, "35438911", "Trackers", "Worldwide", List.of("sensor", "cold-chain")));

    /** One SIM line for the import, and the state the demo leaves it in. */
    record DemoSim(String iccid, String imsi, String msisdn, String formFactor, String qualityGrade, String state) {}

    private DemoFleet() {}

    static String iccid(int i) {
        return Iccid.withCheckDigit("89883030000" + String.format("%08d", i)).value();
    }

    /**
     * The customer's SIMs: 750 ACTIVE, 125 TEST, 125 SUSPENDED (the 1,000 in devices, which the demo's simulated
     * network runs), 190 REGISTERED, 60 TERMINATED, shuffled.
     */
    static List<DemoSim> sims() {
        List<String> states = new ArrayList<>();
        addTimes(states, "ACTIVE", 750);
        addTimes(states, "TEST", 125);
        addTimes(states, "SUSPENDED", 125);
        addTimes(states, "REGISTERED", 190);
        addTimes(states, "TERMINATED", 60);
        java.util.Collections.shuffle(states, new Random(2026));
        String[] formFactors = {"TRIPLE_CUT", "TRIPLE_CUT", "MFF2", "NANO_4FF"};
        List<DemoSim> sims = new ArrayList<>();
        for (int i = 0; i < SIMS; i++) {
            sims.add(new DemoSim(
                    iccid(i),
                    "901430000" + String.format("%06d", i),
                    "88236000" + String.format("%05d", i),
                    formFactors[i % formFactors.length],
                    i % 5 == 0 ? "INDUSTRIAL" : "COMMERCIAL",
                    states.get(i)));
        }
        return sims;
    }

    static List<Map<String, Object>> stock() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = SIMS; i < SIMS + STOCK; i++) {
            lines.add(Map.of("iccid", iccid(i), "imsi", "901430000" + String.format("%06d", i)));
        }
        return lines;
    }

    static DeviceKind kindOf(int deviceNumber) {
        int slot = Math.floorMod(deviceNumber * 37, 100); // spreads kinds evenly over the fleet
        int sum = 0;
        for (DeviceKind k : KINDS) {
            sum += k.percent();
            if (slot < sum) {
                return k;
            }
        }
        return KINDS.get(0);
    }

    static String imei(DeviceKind kind, int deviceNumber) {
        String payload = kind.tac() + String.format("%06d", 100_000 + deviceNumber);
        return payload + Luhn.checkDigit(payload);
    }

    private static void addTimes(List<String> list, String value, int times) {
        for (int i = 0; i < times; i++) {
            list.add(value);
        }
    }
}
