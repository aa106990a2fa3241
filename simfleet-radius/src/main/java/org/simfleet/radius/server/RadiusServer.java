package org.simfleet.radius.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.simfleet.radius.AccessHandler;
import org.simfleet.radius.AccountingHandler;
import org.simfleet.radius.NasDirectory;
import org.simfleet.radius.RadiusMetrics;

/**
 * A RADIUS server for packet gateways: authentication (RFC 2865) and accounting (RFC 2866) on two UDP ports.
 *
 * <pre>{@code
 * try (RadiusServer server = RadiusServer.create(config, access, accounting, nases).start()) {
 *     int port = server.authPort();
 * }
 * }</pre>
 *
 * Datagrams from unknown sources, malformed or forged packets and retransmissions never reach the handlers; each is
 * counted in {@link #metrics()}. Handlers are called on receive threads and answer through a {@code
 * CompletionStage}, so storage latency never holds a receive thread.
 */
public final class RadiusServer implements AutoCloseable {
    private final RadiusServerConfig config;
    private final ServerCounters counters = new ServerCounters();
    private final Admission admission;
    private final AccessHandler access;
    private final AccountingHandler accounting;
    private UdpEndpoint auth;
    private UdpEndpoint acct;
    private boolean started;

    private RadiusServer(
            RadiusServerConfig config, AccessHandler access, AccountingHandler accounting, NasDirectory nases) {
        this.config = config;
        DuplicateCache duplicates =
                new DuplicateCache(config.dedupeWindow().toNanos(), config.dedupeCapacity(), System::nanoTime);
        this.admission = new Admission(nases, duplicates, counters);
        this.access = access;
        this.accounting = accounting;
    }

    /** A server not yet listening. */
    public static RadiusServer create(
            RadiusServerConfig config, AccessHandler access, AccountingHandler accounting, NasDirectory nases) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(accounting, "accounting");
        Objects.requireNonNull(nases, "nases");
        return new RadiusServer(config, access, accounting, nases);
    }

    /**
     * Binds both ports and starts receiving.
     *
     * @throws UncheckedIOException if a port cannot be bound (nothing stays bound then)
     * @throws IllegalStateException if already started
     */
    public synchronized RadiusServer start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        try {
            auth = UdpEndpoint.bind(
                    config.bindAddress(), config.authPort(), config.receiveBufferBytes(), "radius-auth");
            acct = UdpEndpoint.bind(
                    config.bindAddress(), config.acctPort(), config.receiveBufferBytes(), "radius-acct");
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot bind RADIUS ports of " + config, e);
        }
        auth.start(config.workerThreads(), new AccessPort(admission, access, counters, auth));
        acct.start(config.workerThreads(), new AccountingPort(admission, accounting, counters, acct));
        started = true;
        return this;
    }

    /** The bound authentication port (the ephemeral one when configured as 0). */
    public synchronized int authPort() {
        return running(auth).port();
    }

    public synchronized int acctPort() {
        return running(acct).port();
    }

    public RadiusMetrics metrics() {
        return counters;
    }

    /** Closes both sockets and stops the receive threads; replies completed afterwards are not sent. */
    @Override
    public synchronized void close() {
        if (auth != null) {
            auth.close();
        }
        if (acct != null) {
            acct.close();
        }
    }

    private UdpEndpoint running(UdpEndpoint endpoint) {
        if (!started) {
            throw new IllegalStateException("not started");
        }
        return endpoint;
    }
}
