package org.simfleet.simulator.network;

/**
 * What the network knows of a device: its SIM's IMSI and MSISDN (may be null) and the IMEISV it presents (TS 23.003
 * §6.2.2: the 14 IMEI digits and a 2-digit software version).
 */
public record Subscriber(String imsi, String msisdn, String imeisv) {

    public Subscriber {
        if (imsi == null || !imsi.matches("\\d{6,15}")) {
            throw new IllegalArgumentException("an IMSI is 6 to 15 digits, not " + imsi);
        }
    }
}
