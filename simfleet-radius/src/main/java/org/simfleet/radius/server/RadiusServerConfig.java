package org.simfleet.radius.server;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RadiusServer} listens; validated once here, immutable after.
 *
 * @param bindAddress the local address of both sockets; an IPv6 address makes IPv6 sockets
 * @param authPort the authentication port, 0 for an ephemeral one (tests)
 * @param acctPort the accounting port, 0 for an ephemeral one
 * @param dedupeWindow how long a reply stays cached for retransmissions (RFC 5080 §2.2.2)
 * @param dedupeCapacity the most requests remembered at once; beyond it the oldest are forgotten first
 * @param workerThreads receive threads per port; each also verifies and dispatches what it receives
 * @param receiveBufferBytes SO_RCVBUF of each socket
 */
public record RadiusServerConfig(
        InetAddress bindAddress,
        int authPort,
        int acctPort,
        Duration dedupeWindow,
        int dedupeCapacity,
        int workerThreads,
        int receiveBufferBytes) {

    /** IANA's RADIUS authentication port (RFC 2865 §3). */
    public static final int DEFAULT_AUTH_PORT = 1812;
    /** IANA's RADIUS accounting port (RFC 2866 §3). */
    public static final int DEFAULT_ACCT_PORT = 1813;

    /**
     * Thirty seconds: gateways retransmit after 3-5 s and give up on a server after three to five tries, so a
     * retransmission comes at most some 25 s after the first copy; RFC 5080 §2.2.1's own retransmission schedule
     * ends at 30 s (MRD). Longer only costs memory.
     */
    public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofSeconds(30);

    /**
     * 262,144 requests, some 50-80 MB at worst: at the target 45,000 requests/s this still recognises
     * retransmissions for almost 6 s, past a gateway's first retry; below ~8,700 requests/s the window decides.
     */
    public static final int DEFAULT_DEDUPE_CAPACITY = 1 << 18;

    /** 4 MiB, the usual net.core.rmem_max: some 20,000 queued requests of 200 octets before the kernel drops. */
    public static final int DEFAULT_RECEIVE_BUFFER = 4 << 20;

    private static final Duration MAX_DEDUPE_WINDOW = Duration.ofMinutes(5);
    private static final int MAX_THREADS = 64;

    public RadiusServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dedupeWindow, "dedupeWindow");
        checkPort("authPort", authPort);
        checkPort("acctPort", acctPort);
        if (authPort != 0 && authPort == acctPort) {
            throw new IllegalArgumentException("authPort and acctPort must differ, both are " + authPort);
        }
        if (dedupeWindow.isNegative() || dedupeWindow.isZero() || dedupeWindow.compareTo(MAX_DEDUPE_WINDOW) > 0) {
            throw new IllegalArgumentException("dedupeWindow must be above 0 and at most 5 minutes: " + dedupeWindow);
        }
        if (dedupeCapacity < 1) {
            throw new IllegalArgumentException("dedupeCapacity must be at least 1: " + dedupeCapacity);
        }
        if (workerThreads < 1 || workerThreads > MAX_THREADS) {
            throw new IllegalArgumentException("workerThreads must be 1.." + MAX_THREADS + ": " + workerThreads);
        }
        if (receiveBufferBytes < 64 * 1024) {
            throw new IllegalArgumentException("receiveBufferBytes must be at least 64 KiB: " + receiveBufferBytes);
        }
    }

    /** The standard ports on every local address, one receive thread per core. */
    public static RadiusServerConfig defaults() {
        return new RadiusServerConfig(
                anyLocalAddress(),
                DEFAULT_AUTH_PORT,
                DEFAULT_ACCT_PORT,
                DEFAULT_DEDUPE_WINDOW,
                DEFAULT_DEDUPE_CAPACITY,
                Runtime.getRuntime().availableProcessors(),
                DEFAULT_RECEIVE_BUFFER);
    }

    public RadiusServerConfig withBindAddress(InetAddress address) {
        return new RadiusServerConfig(
                address, authPort, acctPort, dedupeWindow, dedupeCapacity, workerThreads, receiveBufferBytes);
    }

    public RadiusServerConfig withPorts(int auth, int acct) {
        return new RadiusServerConfig(
                bindAddress, auth, acct, dedupeWindow, dedupeCapacity, workerThreads, receiveBufferBytes);
    }

    public RadiusServerConfig withDedupe(Duration window, int capacity) {
        return new RadiusServerConfig(
                bindAddress, authPort, acctPort, window, capacity, workerThreads, receiveBufferBytes);
    }

    public RadiusServerConfig withWorkerThreads(int threads) {
        return new RadiusServerConfig(
                bindAddress, authPort, acctPort, dedupeWindow, dedupeCapacity, threads, receiveBufferBytes);
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0..65535: " + port);
        }
    }

    private static InetAddress anyLocalAddress() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
