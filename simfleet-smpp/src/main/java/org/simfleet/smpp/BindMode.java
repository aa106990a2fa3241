package org.simfleet.smpp;

/** How the client binds to the SMSC (SMPP 3.4 §4.1). */
public enum BindMode {
    /** One bind_transceiver session carries submits and deliveries (§4.1.5). */
    TRANSCEIVER,
    /** A bind_transmitter session for submits and a separate bind_receiver session for deliveries (§4.1.1, §4.1.3). */
    TRANSMITTER_AND_RECEIVER
}
