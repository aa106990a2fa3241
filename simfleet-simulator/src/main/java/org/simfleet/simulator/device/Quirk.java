package org.simfleet.simulator.device;

/**
 * How a device goes wrong, and the refusal each must earn from the platform's policies: the simulated-hour test
 * checks every refusal in the event log against the quirk of its device.
 */
public enum Quirk {
    NONE(),
    /** A tracker shipped without an APN: attached and reachable by SMS, no data until an SMS configures it. */
    NO_APN(),
    /** Asks for APN "internet", which no service policy of the fleet allows. */
    WRONG_APN("APN "),
    /** Registers on 2G, which the meters' policy does not allow. */
    DISALLOWED_RAT("radio type "),
    /** Roams into an operator the coverage policy blacklists (or a country it does not cover). */
    BLACKLISTED_OPERATOR("operator ", "country "),
    /** Its SIM sits in another device whose IMEI the endpoint's IMEI lock refuses. */
    SWAPPED_IMEI("IMEI lock");

    private final java.util.List<String> words;

    Quirk(String... words) {
        this.words = java.util.List.of(words);
    }

    /** Whether the platform's reason for a refusal is the one this quirk must earn. */
    public boolean explains(String reason) {
        return reason != null && words.stream().anyMatch(reason::contains);
    }
}
