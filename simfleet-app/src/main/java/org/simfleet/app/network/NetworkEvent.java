package org.simfleet.app.network;

import java.time.Instant;
import org.simfleet.app.policy.RatType;

/**
 * One validated network event of a batch.
 *
 * @param index its position in the request, answered with its result
 * @param mcc the visited network's Mobile Country Code; required for location updates, otherwise optional
 * @param node the serving VLR, SGSN or MME as the HLR/HSS names it (an E.164 number or a Diameter identity)
 * @param cellId CI, UMTS cell id, E-UTRAN ECI or NR cell id, as the radio reported it
 */
record NetworkEvent(
        int index,
        NetworkEventType type,
        String imsi,
        Instant occurredAt,
        String mcc,
        String mnc,
        RatType ratType,
        String node,
        Integer lac,
        Integer tac,
        Long cellId) {

    boolean hasNetwork() {
        return mcc != null && mnc != null;
    }

    /** The visited network as "MCC-MNC", e.g. "262-01". */
    String plmn() {
        return mcc + "-" + mnc;
    }
}
