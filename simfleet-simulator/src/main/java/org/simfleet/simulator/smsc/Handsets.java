package org.simfleet.simulator.smsc;

import java.time.Duration;

/** The simulated radio side: decides the fate of each MT by its destination MSISDN. */
@FunctionalInterface
public interface Handsets {

    Delivery delivery(String msisdn);

    /** Every handset takes every message after {@code delay}. */
    static Handsets allDelivered(Duration delay) {
        Delivery d = new Delivery.Delivered(delay);
        return msisdn -> d;
    }
}
