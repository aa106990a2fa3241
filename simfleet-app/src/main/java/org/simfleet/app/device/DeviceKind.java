package org.simfleet.app.device;

/** What kind of device a catalogue entry describes; it decides how the APN reaches it (see {@link Channel}). */
public enum DeviceKind {
    /** A cellular module inside a customer's product, configured with AT commands over its serial port. */
    MODULE,
    /** A GPS tracker, configured by SMS commands sent to its SIM. */
    GPS_TRACKER,
    /** An industrial router, configured by SMS (or its web interface). */
    ROUTER,
    /** An Android or iOS phone or tablet, configured by hand in its settings. */
    PHONE
}
