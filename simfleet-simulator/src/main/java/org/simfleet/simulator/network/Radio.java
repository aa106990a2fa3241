package org.simfleet.simulator.network;

import org.simfleet.radius.attr.RatType;

/**
 * A radio access technology as both interfaces name it: the 3GPP-RAT-Type code the gateway sends (TS 29.061
 * §16.4.7.2) and the rat_type the HLR reports to the network events API.
 */
public enum Radio {
    GSM(RatType.GERAN, "GSM"),
    LTE(RatType.EUTRAN, "LTE"),
    LTE_M(RatType.LTE_M, "LTE_M"),
    NB_IOT(RatType.EUTRAN_NB_IOT, "NB_IOT"),
    NR(RatType.NR, "NR");

    final RatType ratType;
    final String hlrName;

    Radio(RatType ratType, String hlrName) {
        this.ratType = ratType;
        this.hlrName = hlrName;
    }
}
