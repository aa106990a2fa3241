package org.simfleet.app.sms;

import java.time.Duration;
import org.simfleet.app.api.Validation;
import org.simfleet.smpp.SmppConfig;

/**
 * How the platform reaches the operator's SMSC: the bind's identity (SMPP 3.4 §5.2.1-5.2.3), the window and the
 * throughput cap agreed with the operator, and the source address of messages that name none.
 */
record SmscSettings(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        String defaultSourceAddress,
        int window,
        int maxPerSecond,
        boolean enabled) {

    /** The settings as the SMPP client takes them, with the response timeout and reconnect cap of the properties. */
    SmppConfig toConfig(Duration responseTimeout, Duration reconnectMaxDelay) {
        SmppConfig c = SmppConfig.defaults(host, port, systemId, password)
                .withSystemType(systemType)
                .withWindow(window)
                .withMaxSubmitsPerSecond(maxPerSecond)
                .withResponseTimeout(responseTimeout)
                .withReconnectDelays(
                        reconnectMaxDelay.compareTo(SmppConfig.DEFAULT_RECONNECT_INITIAL_DELAY) < 0
                                ? reconnectMaxDelay
                                : SmppConfig.DEFAULT_RECONNECT_INITIAL_DELAY,
                        reconnectMaxDelay);
        return defaultSourceAddress == null ? c : c.withDefaultSource(defaultSourceAddress);
    }

    /** Checks every field against what SmppConfig accepts, collecting all errors under the API's field names. */
    static void check(SmscSettings s, Validation v) {
        v.require(s.host() != null && !s.host().isBlank() && s.host().length() <= 253, "host", "is required");
        v.require(s.port() >= 1 && s.port() <= 65535, "port", "must be 1..65535");
        v.require(
                s.systemId() != null && !s.systemId().isEmpty() && s.systemId().length() <= 15,
                "system_id",
                "is required, at most 15 characters (SMPP 3.4 §5.2.1)");
        v.require(
                s.password() != null && s.password().length() <= 8,
                "password",
                "is required, at most 8 characters (SMPP 3.4 §5.2.2)");
        v.require(
                s.systemType() == null || s.systemType().length() <= 12,
                "system_type",
                "must be at most 12 characters (SMPP 3.4 §5.2.3)");
        v.require(s.window() >= 1 && s.window() <= 1000, "window", "must be 1..1000");
        v.require(s.maxPerSecond() >= 0, "max_per_second", "must be 0 (no cap) or more");
        if (s.defaultSourceAddress() != null) {
            try {
                new org.simfleet.smpp.OutboundSms(
                        "1", s.defaultSourceAddress(), new org.simfleet.smpp.SmsContent.Text("x"), null, null);
            } catch (IllegalArgumentException e) {
                v.reject("default_source_address", e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "host=" + host + ", port=" + port + ", system_id=" + systemId + ", system_type=" + systemType
                + ", default_source_address=" + defaultSourceAddress + ", window=" + window + ", max_per_second="
                + maxPerSecond + ", enabled=" + enabled;
    }
}
