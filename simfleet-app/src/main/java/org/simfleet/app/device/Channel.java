package org.simfleet.app.device;

/** How a rendered command reaches the device. */
public enum Channel {
    /** Sent as one SMS to the device's SIM; the SMS feature can send it. */
    SMS,
    /** Typed on the module's AT command interface (3GPP TS 27.007 syntax, or the vendor's own). */
    AT_COMMAND,
    /** A step a person follows in the device's settings. */
    MANUAL
}
