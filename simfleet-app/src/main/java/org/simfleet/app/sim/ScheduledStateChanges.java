package org.simfleet.app.sim;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled state changes once their effective date has passed, each in its own transaction. Every
 * node may run this: a change is claimed by an UPDATE that only one node's transaction can win.
 */
@Component
class ScheduledStateChanges {

    private static final Logger log = LoggerFactory.getLogger(ScheduledStateChanges.class);

    private final StateChangeStore store;
    private final StateChanges changes;
    private final Clock clock;

    ScheduledStateChanges(StateChangeStore store, StateChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${simfleet.scheduler.interval:PT5S}")
    void runDue() {
        for (long id : store.due(SimRows.now(clock))) {
            try {
                changes.runScheduled(id);
            } catch (RuntimeException e) {
                // The change's own transaction rolled back; it is marked FAILED so it is not retried forever.
                log.warn("Scheduled SIM state change {} failed", id, e);
                changes.markFailed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
    }
}
