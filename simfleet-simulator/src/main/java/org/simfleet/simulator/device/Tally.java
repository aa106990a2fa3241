package org.simfleet.simulator.device;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the devices did, seen from the simulator: refusals by device, and MO SMS sent and MT received. */
public final class Tally {

    /** A refusal the network gave a device: at the HLR (location update) or the gateway (Access-Reject). */
    public record Refusal(long endpointId, String imsi, Quirk quirk, String where, String reason) {}

    private final List<Refusal> refusals = new ArrayList<>();
    private final Map<Quirk, Integer> refusedByQuirk = new EnumMap<>(Quirk.class);
    private long moSent;
    private long mtReceived;

    synchronized void refused(Device d, String where, String reason) {
        refusals.add(new Refusal(d.endpointId(), d.subscriber().imsi(), d.quirk(), where, reason));
        refusedByQuirk.merge(d.quirk(), 1, Integer::sum);
    }

    synchronized void moSent() {
        moSent++;
    }

    synchronized void mtReceived() {
        mtReceived++;
    }

    public synchronized List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    public synchronized long moSentCount() {
        return moSent;
    }

    public synchronized long mtReceivedCount() {
        return mtReceived;
    }

    @Override
    public synchronized String toString() {
        return "refusals=" + refusals.size() + " " + refusedByQuirk + " sms_mo=" + moSent + " sms_mt=" + mtReceived;
    }
}
