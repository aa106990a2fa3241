package org.simfleet.app.network;

import java.util.List;

/**
 * The body of {@code POST /api/v1/network/events} as it arrives, before validation: up to {@link #MAX} events, each
 * with its type, the SIM's IMSI and, for location updates, the visited network and radio type.
 */
record NetworkEventBatch(List<Item> events) {

    /** One request holds what an HLR/HSS gathers in about a second at a busy hour; more is split by the sender. */
    static final int MAX = 1000;

    record Item(
            String type,
            String imsi,
            String occurredAt,
            String mcc,
            String mnc,
            String ratType,
            String node,
            Long lac,
            Long tac,
            Long cellId) {}
}
