package org.simfleet.simulator.network;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * The home network's HLR/HSS: reports what the visited networks tell it (Update Location / Update GPRS Location with
 * the serving network and radio, TS 29.002 §8.1 and TS 29.272 §5.2.1; Purge, §8.1.6) to {@code POST
 * /api/v1/network/events}, and hears back whether the platform's coverage policy lets the device register.
 */
public final class Hlr {

    /** The platform's answer to a location update. */
    public record Answer(boolean allowed, String reason) {}

    private final PlatformApi api;
    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong purges = new AtomicLong();

    private final Pacer pacer;

    public Hlr(PlatformApi api, Pacer pacer) {
        this.api = api;
        this.pacer = pacer;
    }

    /** A packet-domain registration in {@code plmn} on {@code radio}, as the MME/SGSN of that network reports it. */
    public Answer updateGprsLocation(String imsi, Plmn plmn, Radio radio, int tac, long cell, Instant at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "UPDATE_GPRS_LOCATION");
        e.put("imsi", imsi);
        e.put("occurred_at", at.toString());
        e.put("mcc", plmn.mcc());
        e.put("mnc", plmn.mnc());
        e.put("rat_type", radio.hlrName);
        e.put("node", "mme01.epc.mnc" + pad3(plmn.mnc()) + ".mcc" + plmn.mcc() + ".3gppnetwork.org");
        e.put("tac", tac);
        e.put("cell_id", cell);
        JsonNode result = report(e);
        updates.incrementAndGet();
        boolean allowed = "ALLOWED".equals(result.get("outcome").asString());
        if (!allowed) {
            rejected.incrementAndGet();
        }
        JsonNode reason = result.get("reason");
        return new Answer(allowed, reason == null || reason.isNull() ? null : reason.asString());
    }

    /** The device detached (switched off, or silent beyond the purge timer): the HLR purges it. */
    public void purge(String imsi, Instant at) {
        report(Map.of("type", "PURGE_LOCATION", "imsi", imsi, "occurred_at", at.toString()));
        purges.incrementAndGet();
    }

    public long updates() {
        return updates.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public long purges() {
        return purges.get();
    }

    private JsonNode report(Map<String, Object> event) {
        pacer.admit();
        return api.post("/api/v1/network/events", Map.of("events", List.of(event)))
                .get("results")
                .get(0);
    }

    private static String pad3(String mnc) {
        return mnc.length() == 3 ? mnc : "0" + mnc;
    }
}
