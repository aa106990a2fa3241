package org.simfleet.app.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccessHandler;
import org.simfleet.radius.AccountingHandler;
import org.simfleet.radius.server.RadiusServer;
import org.simfleet.radius.server.RadiusServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the RADIUS server for the packet gateways while the application runs. It starts after everything else (so the
 * read models are loaded before the first Access-Request) and stops first (so no request is taken that the accounting
 * store could no longer make durable).
 */
@Component
public class RadiusListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RadiusListener.class);

    /** Without an access feature, every request is refused with a reason the gateway logs. */
    private static final AccessDecision NOT_READY = AccessDecision.reject("Simfleet AAA is not configured");

    private final boolean enabled;
    private final RadiusServerConfig config;
    private final AccessHandler access;
    private final AccountingHandler accounting;
    private final GatewayDirectory gateways;
    private volatile RadiusServer server;

    RadiusListener(
            @Value("${simfleet.radius.enabled:true}") boolean enabled,
            @Value("${simfleet.radius.bind-address:0.0.0.0}") String bindAddress,
            @Value("${simfleet.radius.auth-port:1812}") int authPort,
            @Value("${simfleet.radius.acct-port:1813}") int acctPort,
            ObjectProvider<AccessHandler> access,
            ObjectProvider<AccountingHandler> accounting,
            GatewayDirectory gateways)
            throws UnknownHostException {
        this.enabled = enabled;
        this.config = RadiusServerConfig.defaults()
                .withBindAddress(InetAddress.getByName(bindAddress))
                .withPorts(authPort, acctPort);
        this.access = access.getIfAvailable(() -> request -> CompletableFuture.completedFuture(NOT_READY));
        // No store, no acknowledgement: the gateway keeps the records and retransmits until one exists.
        this.accounting = accounting.getIfAvailable(
                () -> request -> CompletableFuture.failedFuture(new IllegalStateException("no accounting store")));
        this.gateways = gateways;
    }

    @Override
    public synchronized void start() {
        if (!enabled || server != null) {
            return;
        }
        server = RadiusServer.create(config, access, accounting, gateways).start();
        log.info(
                "RADIUS listening on {} (authentication {}, accounting {})",
                config.bindAddress().getHostAddress(),
                server.authPort(),
                server.acctPort());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Last to start, first to stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** The bound authentication port (useful when configured as 0); -1 when not running. */
    public int authPort() {
        RadiusServer s = server;
        return s == null ? -1 : s.authPort();
    }

    /** The bound accounting port; -1 when not running. */
    public int acctPort() {
        RadiusServer s = server;
        return s == null ? -1 : s.acctPort();
    }

    /** Drop and traffic counters, for metrics; null when not running. */
    public org.simfleet.radius.RadiusMetrics metrics() {
        RadiusServer s = server;
        return s == null ? null : s.metrics();
    }
}
