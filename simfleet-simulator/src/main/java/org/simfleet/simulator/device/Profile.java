package org.simfleet.simulator.device;

import java.util.Locale;

/** What a device does with the network, chosen from its endpoint's service policy or tags. */
public enum Profile {
    /** Attaches, roams, opens a short data session every few minutes to report its position. */
    TRACKER,
    /** PSM: wakes once a day, uploads its readings in one short session and sleeps again (registration kept). */
    METER,
    /** Always-on PDN connection with steady traffic and regular Interim-Updates. */
    ROUTER;

    /** From the names an endpoint carries: its service policy's name and its tags. */
    static Profile of(String servicePolicy, Iterable<String> tags) {
        StringBuilder words = new StringBuilder(servicePolicy == null ? "" : servicePolicy);
        tags.forEach(t -> words.append(' ').append(t));
        String w = words.toString().toLowerCase(Locale.ROOT);
        if (w.contains("meter")) {
            return METER;
        }
        if (w.contains("router")) {
            return ROUTER;
        }
        return TRACKER;
    }
}
