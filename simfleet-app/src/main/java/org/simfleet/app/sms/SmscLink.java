package org.simfleet.app.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.simfleet.smpp.BindState;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.InboundSms;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.PartResult;
import org.simfleet.smpp.SmppClient;
import org.simfleet.smpp.SmsListener;
import org.simfleet.smpp.SubmitResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's connection to the SMSC: one SMPP client built from the stored settings (seeded once from the
 * {@code simfleet.smsc.*} properties), replaced when the settings change here or on another node. Receipts and MO
 * are handed to the {@link SmsWriter}, never handled on the client's reader thread.
 */
@Component
class SmscLink implements SmsListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmscLink.class);

    /** What the API shows as {@code bind_state}. */
    enum LinkState {
        BOUND,
        CONNECTING,
        DISCONNECTED,
        DISABLED
    }

    private final SmscSettingsStore store;
    private final SmsWriter writer;
    private final Clock clock;
    private final SmscSettings initial;
    private final Duration responseTimeout;
    private final Duration reconnectMaxDelay;
    private final List<Runnable> onBound = new CopyOnWriteArrayList<>();
    private volatile SmppClient client;
    private volatile SmscSettings settings;
    private volatile Instant loadedAt;
    private volatile Instant boundSince;
    private volatile boolean running;

    SmscLink(
            SmscSettingsStore store,
            SmsWriter writer,
            Clock clock,
            @Value("${simfleet.smsc.host:}") String host,
            @Value("${simfleet.smsc.port:2775}") int port,
            @Value("${simfleet.smsc.system-id:simfleet}") String systemId,
            @Value("${simfleet.smsc.password:}") String password,
            @Value("${simfleet.smsc.default-source-address:Simfleet}") String defaultSource,
            @Value("${simfleet.smsc.response-timeout:PT10S}") Duration responseTimeout,
            @Value("${simfleet.smsc.reconnect-max-delay:PT1M}") Duration reconnectMaxDelay) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
        this.initial = host.isBlank()
                ? null
                : new SmscSettings(host, port, systemId, password, "", defaultSource, 50, 0, true);
        this.responseTimeout = responseTimeout;
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    /** Runs {@code action} (on the client's thread: hand off) each time the bind is made again. */
    void onBound(Runnable action) {
        onBound.add(action);
    }

    @Override
    public synchronized void start() {
        var stored = store.load();
        if (stored.isEmpty() && initial != null) {
            store.save(initial, clock.instant());
            stored = store.load();
        }
        running = true;
        stored.ifPresent(s -> connect(s.settings(), s.updatedAt()));
    }

    @Override
    public synchronized void stop() {
        running = false;
        disconnect();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the writer starts (it takes what the client hands over), before the sender. */
    @Override
    public int getPhase() {
        return SmsWriter.PHASE + 100;
    }

    /** The settings now in use, null when none were ever stored. */
    SmscSettings settings() {
        return settings;
    }

    String defaultSource() {
        SmscSettings s = settings;
        return s == null ? null : s.defaultSourceAddress();
    }

    LinkState state() {
        SmscSettings s = settings;
        SmppClient c = client;
        if (s == null || !s.enabled() || c == null) {
            return LinkState.DISABLED;
        }
        return switch (c.state()) {
            case BOUND -> LinkState.BOUND;
            case CONNECTING -> LinkState.CONNECTING;
            case DISCONNECTED, CLOSED -> LinkState.DISCONNECTED;
        };
    }

    boolean bound() {
        return state() == LinkState.BOUND;
    }

    /**
     * When the current bind was made, null while not bound: receipts the SMSC kept while we were away have been
     * offered since then (it sends them once the ESME binds again).
     */
    Instant boundSince() {
        return bound() ? boundSince : null;
    }

    /** Submits through the current client; without one every part is {@link Outcome#RETRY}: it never left. */
    CompletionStage<SubmitResult> submit(OutboundSms sms, Integer concatenationReference, List<Integer> parts) {
        SmppClient c = client;
        if (c == null) {
            return CompletableFuture.completedFuture(new SubmitResult(
                    List.of(new PartResult(0, Outcome.RETRY, null, PartResult.NO_STATUS, "no SMSC connection"))));
        }
        return parts == null ? c.submit(sms) : c.resubmit(sms, concatenationReference, parts);
    }

    /** Uses {@code updated} from now on (after the caller committed it). */
    synchronized void apply(SmscSettings updated, Instant updatedAt) {
        if (updatedAt.equals(loadedAt) && updated.equals(settings)) {
            // refresh() may have picked the row up between its commit and the caller's afterCommit: binding again
            // would drop the new bind and have the SMSC redeliver whatever it had in flight
            return;
        }
        disconnect();
        if (running) {
            connect(updated, updatedAt);
        }
    }

    /** Picks up settings another node changed. */
    @Scheduled(fixedDelayString = "${simfleet.smsc.settings-refresh:PT10S}")
    synchronized void refresh() {
        if (!running) {
            return;
        }
        store.load().ifPresent(s -> {
            if (loadedAt == null || s.updatedAt().isAfter(loadedAt)) {
                apply(s.settings(), s.updatedAt());
            }
        });
    }

    private void connect(SmscSettings s, Instant updatedAt) {
        settings = s;
        loadedAt = updatedAt;
        if (s.enabled()) {
            client = SmppClient.create(s.toConfig(responseTimeout, reconnectMaxDelay), this)
                    .start();
            log.info("SMSC connection to {}:{} as {} started", s.host(), s.port(), s.systemId());
        }
    }

    private void disconnect() {
        SmppClient c = client;
        client = null;
        if (c != null) {
            c.close();
        }
    }

    @Override
    public CompletionStage<Void> onReceipt(DeliveryReceipt receipt) {
        return writer.receipt(receipt);
    }

    @Override
    public CompletionStage<Void> onMessage(InboundSms message) {
        return writer.mo(message);
    }

    @Override
    public void onBindStateChanged(BindState state, String detail) {
        log.info("SMSC bind {}: {}", state, detail);
        if (state == BindState.BOUND) {
            boundSince = clock.instant();
            onBound.forEach(Runnable::run);
        } else {
            boundSince = null;
        }
    }
}
