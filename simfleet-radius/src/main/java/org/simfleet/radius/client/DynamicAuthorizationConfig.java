package org.simfleet.radius.client;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link DynamicAuthorizationClient} sends and retries.
 *
 * @param bindAddress local address of the client's socket (its port is ephemeral)
 * @param initialTimeout how long to wait for the first reply
 * @param maxTimeout the longest wait between two sends, however often the wait has doubled
 * @param attempts how many times a request is sent in all, the first included
 */
public record DynamicAuthorizationConfig(
        InetAddress bindAddress, Duration initialTimeout, Duration maxTimeout, int attempts) {

    public DynamicAuthorizationConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(initialTimeout, "initialTimeout");
        Objects.requireNonNull(maxTimeout, "maxTimeout");
        if (initialTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("initialTimeout must be at least 1 ms: " + initialTimeout);
        }
        if (maxTimeout.compareTo(initialTimeout) < 0) {
            throw new IllegalArgumentException("maxTimeout must not be below initialTimeout: " + maxTimeout);
        }
        if (attempts < 1 || attempts > 16) {
            throw new IllegalArgumentException("attempts must be 1..16: " + attempts);
        }
    }

    /**
     * The retransmission parameters of RFC 5080 §2.2.1: first wait IRT = 2 s, doubling up to MRT = 16 s, and MRC = 5
     * retransmissions, so six sends over about 30 s (MRD).
     */
    public static DynamicAuthorizationConfig defaults(InetAddress bindAddress) {
        return new DynamicAuthorizationConfig(bindAddress, Duration.ofSeconds(2), Duration.ofSeconds(16), 6);
    }
}
