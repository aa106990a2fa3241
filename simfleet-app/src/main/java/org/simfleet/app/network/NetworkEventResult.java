package org.simfleet.app.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What became of one network event, in the order of the request: for a location update the answer the HLR/HSS gives
 * the visited network (ALLOWED, or REJECTED with the reason), for the other events RECORDED, and UNKNOWN_SIM when no
 * SIM has the IMSI (the HLR should not know it either).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record NetworkEventResult(int index, String imsi, Outcome outcome, String reason) {

    enum Outcome {
        ALLOWED,
        REJECTED,
        RECORDED,
        UNKNOWN_SIM
    }

    /** The answer to a whole batch. */
    record Batch(List<NetworkEventResult> results) {}
}
