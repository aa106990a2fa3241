package org.simfleet.smpp;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one bind up: connect, bind, read until the connection ends, wait a backoff, again, until closed. Each lost
 * bind tells the window (parts in flight become UNKNOWN, queued ones RETRY) and the listener.
 */
final class BindLoop {
    private static final Logger log = LoggerFactory.getLogger(BindLoop.class);

    private final SmppConfig config;
    private final BindSession.Role role;
    private final SubmitWindow window;
    private final Deliveries deliveries;
    private final Counters counters;
    private final StateSink states;
    private final Backoff backoff;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean closing;
    private volatile BindSession current;
    private Thread thread;

    /** Where the loop reports its state changes. */
    @FunctionalInterface
    interface StateSink {
        void changed(BindSession.Role role, BindState state, String detail);
    }

    BindLoop(
            SmppConfig config,
            BindSession.Role role,
            SubmitWindow window,
            Deliveries deliveries,
            Counters counters,
            StateSink states) {
        this.config = config;
        this.role = role;
        this.window = window;
        this.deliveries = deliveries;
        this.counters = counters;
        this.states = states;
        this.backoff = new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay());
    }

    void start(String name) {
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        boolean first = true;
        while (!closing) {
            if (!first) {
                counters.reconnects.increment();
            }
            first = false;
            states.changed(
                    role, BindState.CONNECTING, role.label + " connecting to " + config.host() + ":" + config.port());
            String reason;
            try {
                BindSession session = BindSession.open(config, role, window, deliveries, counters);
                current = session;
                if (closing) {
                    session.unbind(1_000);
                }
                counters.binds.increment();
                backoff.reset();
                // The window first: whoever sees BOUND may submit at once.
                if (role.transmits) {
                    window.bound(session);
                }
                log.info("SMPP {} bound to {}:{} as {}", role.label, config.host(), config.port(), config.systemId());
                states.changed(role, BindState.BOUND, role.label + " bound as " + config.systemId());
                reason = session.readLoop();
                current = null;
                if (role.transmits) {
                    window.lost(session, reason);
                }
            } catch (BindSession.BindRefusedException e) {
                reason = e.getMessage();
            } catch (IOException e) {
                reason = role.label + " cannot connect: " + e.getMessage();
            }
            if (closing) {
                break;
            }
            long delay = backoff.nextDelayNanos();
            log.warn(
                    "SMPP {} to {}:{} down ({}); next attempt in {} ms",
                    role.label,
                    config.host(),
                    config.port(),
                    reason,
                    delay / 1_000_000);
            states.changed(role, BindState.DISCONNECTED, reason);
            pause(delay);
        }
    }

    private void pause(long nanos) {
        lock.lock();
        try {
            long left = nanos;
            while (!closing && left > 0) {
                left = wake.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the bind is up right now. */
    boolean bound() {
        BindSession s = current;
        return s != null && s.isOpen();
    }

    /** Stops reconnecting; unbinds the current session, waiting at most {@code waitMillis} for unbind_resp. */
    void close(long waitMillis) {
        closing = true;
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        BindSession s = current;
        if (s != null) {
            s.unbind(waitMillis);
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.MILLISECONDS.toMillis(waitMillis)
                        + config.responseTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
