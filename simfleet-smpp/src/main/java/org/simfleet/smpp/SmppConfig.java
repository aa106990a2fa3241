package org.simfleet.smpp;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SmppClient} reaches its SMSC; validated once here, immutable after.
 *
 * @param host the SMSC's host name or address
 * @param port its SMPP port (2775 is customary)
 * @param systemId the bind's system_id (SMPP 3.4 §5.2.1, at most 15 characters)
 * @param password the bind's password (§5.2.2, at most 8 characters)
 * @param systemType the bind's system_type (§5.2.3, at most 12 characters; may be empty)
 * @param bindMode one transceiver bind, or a transmitter and a receiver
 * @param enquireLinkInterval how long the link may be idle before an enquire_link (§4.11) is sent
 * @param responseTimeout how long to wait for any response (bind_resp, submit_sm_resp, enquire_link_resp)
 * @param reconnectInitialDelay the first wait after a failed connect or a lost bind; doubled per failure (with jitter)
 * @param reconnectMaxDelay the longest wait between reconnect attempts
 * @param window the most submit_sm awaiting their submit_sm_resp at once
 * @param queueCapacity the most parts waiting for a window slot; beyond it submits complete {@link Outcome#RETRY}
 * @param maxSubmitsPerSecond the throughput cap in submit_sm per second agreed with the SMSC; 0 for none
 * @param requestDeliveryReceipts whether submit_sm asks for a receipt on final outcome (registered_delivery 0x01)
 * @param defaultSource the source address for messages that name none
 */
public record SmppConfig(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        BindMode bindMode,
        Duration enquireLinkInterval,
        Duration responseTimeout,
        Duration reconnectInitialDelay,
        Duration reconnectMaxDelay,
        int window,
        int queueCapacity,
        int maxSubmitsPerSecond,
        boolean requestDeliveryReceipts,
        String defaultSource) {

    /**
     * Thirty seconds: well inside the minute or more after which SMSCs and NAT boxes drop idle TCP sessions, and
     * what Kannel and most operators' interface specifications use.
     */
    public static final Duration DEFAULT_ENQUIRE_LINK_INTERVAL = Duration.ofSeconds(30);

    /**
     * Ten seconds: a healthy SMSC answers in milliseconds; past this the part is reported {@link Outcome#UNKNOWN}
     * rather than holding its window slot any longer. Operators' specifications usually ask for 5 to 60 s.
     */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);

    /** One second: a restarted SMSC is back within seconds, and a refused bind is retried soon. */
    public static final Duration DEFAULT_RECONNECT_INITIAL_DELAY = Duration.ofSeconds(1);

    /** One minute: an SMSC that is down for long is still found within a minute of its return. */
    public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofMinutes(1);

    /**
     * Fifty: at a 10-20 ms round trip this carries 2,500-5,000 submit_sm/s on one bind, and it is the window Kannel
     * is measured with here; operators commonly allow 10-100.
     */
    public static final int DEFAULT_WINDOW = 50;

    /** Ten thousand parts: some seconds of traffic at full rate, a few MB at most, before callers are told RETRY. */
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;

    private static final int MAX_WINDOW = 1_000;

    public SmppConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        systemType = systemType == null ? "" : systemType;
        Objects.requireNonNull(bindMode, "bindMode");
        Objects.requireNonNull(enquireLinkInterval, "enquireLinkInterval");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(reconnectInitialDelay, "reconnectInitialDelay");
        Objects.requireNonNull(reconnectMaxDelay, "reconnectMaxDelay");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        checkLength("systemId", systemId, 15);
        checkLength("password", password, 8);
        checkLength("systemType", systemType, 12);
        checkPositive("enquireLinkInterval", enquireLinkInterval);
        checkPositive("responseTimeout", responseTimeout);
        checkPositive("reconnectInitialDelay", reconnectInitialDelay);
        if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
            throw new IllegalArgumentException("reconnectMaxDelay must be at least reconnectInitialDelay: "
                    + reconnectMaxDelay + " < " + reconnectInitialDelay);
        }
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be 1.." + MAX_WINDOW + ": " + window);
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queueCapacity must be at least 0: " + queueCapacity);
        }
        if (maxSubmitsPerSecond < 0) {
            throw new IllegalArgumentException(
                    "maxSubmitsPerSecond must be at least 0 (0 = no cap): " + maxSubmitsPerSecond);
        }
        if (defaultSource != null) {
            Addresses.checkSource(defaultSource);
        }
    }

    /** A transceiver bind with the defaults above, receipts requested, no throughput cap, no default source. */
    public static SmppConfig defaults(String host, int port, String systemId, String password) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                "",
                BindMode.TRANSCEIVER,
                DEFAULT_ENQUIRE_LINK_INTERVAL,
                DEFAULT_RESPONSE_TIMEOUT,
                DEFAULT_RECONNECT_INITIAL_DELAY,
                DEFAULT_RECONNECT_MAX_DELAY,
                DEFAULT_WINDOW,
                DEFAULT_QUEUE_CAPACITY,
                0,
                true,
                null);
    }

    public SmppConfig withSystemType(String type) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                type,
                bindMode,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                queueCapacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withBindMode(BindMode mode) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                mode,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                queueCapacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withEnquireLinkInterval(Duration interval) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                interval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                queueCapacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withResponseTimeout(Duration timeout) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                enquireLinkInterval,
                timeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                queueCapacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withReconnectDelays(Duration initial, Duration max) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                enquireLinkInterval,
                responseTimeout,
                initial,
                max,
                window,
                queueCapacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withWindow(int size) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                size,
                queueCapacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withQueueCapacity(int capacity) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                capacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withMaxSubmitsPerSecond(int rate) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                queueCapacity,
                rate,
                requestDeliveryReceipts,
                defaultSource);
    }

    public SmppConfig withDeliveryReceipts(boolean requested) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                queueCapacity,
                maxSubmitsPerSecond,
                requested,
                defaultSource);
    }

    public SmppConfig withDefaultSource(String source) {
        return new SmppConfig(
                host,
                port,
                systemId,
                password,
                systemType,
                bindMode,
                enquireLinkInterval,
                responseTimeout,
                reconnectInitialDelay,
                reconnectMaxDelay,
                window,
                queueCapacity,
                maxSubmitsPerSecond,
                requestDeliveryReceipts,
                source);
    }

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "SmppConfig[" + systemId + "@" + host + ":" + port + ", " + bindMode + ", window " + window + ", cap "
                + (maxSubmitsPerSecond == 0 ? "none" : maxSubmitsPerSecond + "/s") + "]";
    }

    private static void checkLength(String name, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " has at most " + max + " characters (SMPP 3.4 §5.2)");
        }
    }

    private static void checkPositive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be above 0: " + d);
        }
    }
}
