package org.simfleet.app.network;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.RadiusMetrics;
import org.springframework.stereotype.Component;

/**
 * Publishes the RADIUS server's counters to Micrometer, so {@code /actuator/prometheus} shows them (e.g.
 * {@code simfleet_radius_dropped_total{reason="unknown_source"}}). They are function counters read from the running
 * server at scrape time: nothing is added on the packet path. While the server is stopped they read 0, and a restart
 * starts them again from 0, which Prometheus' rate() treats as a counter reset.
 */
@Component
class RadiusMeters implements MeterBinder {

    private final RadiusListener listener;

    RadiusMeters(RadiusListener listener) {
        this.listener = listener;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(
                registry,
                "simfleet.radius.requests",
                "Datagrams received on the authentication and accounting ports",
                RadiusMetrics::received);
        counter(
                registry,
                "simfleet.radius.access.accepted",
                "Access-Requests answered Access-Accept",
                RadiusMetrics::accessAccepted);
        counter(
                registry,
                "simfleet.radius.access.rejected",
                "Access-Requests answered Access-Reject",
                RadiusMetrics::accessRejected);
        counter(
                registry,
                "simfleet.radius.accounting.acknowledged",
                "Accounting-Requests acknowledged once durable",
                RadiusMetrics::accountingAcknowledged);
        counter(
                registry,
                "simfleet.radius.duplicates.answered",
                "Retransmissions answered from the duplicate cache (RFC 5080 §2.2.2)",
                RadiusMetrics::duplicatesAnswered);
        counter(
                registry,
                "simfleet.radius.handler.failures",
                "Requests whose handler failed; the gateway retransmits",
                RadiusMetrics::handlerFailures);
        counter(
                registry,
                "simfleet.radius.send.failures",
                "Replies the socket refused to send",
                RadiusMetrics::sendFailures);
        for (DropReason reason : DropReason.values()) {
            FunctionCounter.builder("simfleet.radius.dropped", listener, l -> read(l, m -> m.dropped(reason)))
                    .description("Datagrams dropped without an answer, by reason (RFC 2865 §3: drops are silent)")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    private void counter(MeterRegistry registry, String name, String description, ToLongFunction<RadiusMetrics> value) {
        FunctionCounter.builder(name, listener, l -> read(l, value))
                .description(description)
                .register(registry);
    }

    private static double read(RadiusListener listener, ToLongFunction<RadiusMetrics> value) {
        RadiusMetrics metrics = listener.metrics();
        return metrics == null ? 0 : value.applyAsLong(metrics);
    }
}
