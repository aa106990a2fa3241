package org.simfleet.app.aaa;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The AAA counters at {@code /actuator/prometheus}: {@code simfleet_aaa_access_accepted_total}, {@code
 * simfleet_aaa_access_rejected_total{reason=…}}, {@code simfleet_aaa_events_dropped_total} (decision events the full
 * queue or a failed write lost) and the gauge {@code simfleet_aaa_subscribers}. Counters are registered once; an
 * increment is an uncontended add.
 */
@Component
class DecisionMetrics {

    private final Counter accepted;
    private final Counter[] rejected = new Counter[RejectReason.values().length];
    private final Counter dropped;

    DecisionMetrics(MeterRegistry registry, AuthorizationModel model) {
        accepted = Counter.builder("simfleet.aaa.access.accepted")
                .description("Access-Requests accepted")
                .register(registry);
        for (RejectReason reason : RejectReason.values()) {
            rejected[reason.ordinal()] = Counter.builder("simfleet.aaa.access.rejected")
                    .description("Access-Requests rejected, by reason")
                    .tag("reason", reason.tag())
                    .register(registry);
        }
        dropped = Counter.builder("simfleet.aaa.events.dropped")
                .description("Decision events not written: the queue was full or the write failed")
                .register(registry);
        Gauge.builder("simfleet.aaa.subscribers", model, AuthorizationModel::size)
                .description("SIMs in the authorization read model")
                .register(registry);
    }

    void accepted() {
        accepted.increment();
    }

    void rejected(RejectReason reason) {
        rejected[reason.ordinal()].increment();
    }

    void dropped(int events) {
        dropped.increment(events);
    }

    double acceptedCount() {
        return accepted.count();
    }

    double rejectedCount(RejectReason reason) {
        return rejected[reason.ordinal()].count();
    }

    double droppedCount() {
        return dropped.count();
    }
}
