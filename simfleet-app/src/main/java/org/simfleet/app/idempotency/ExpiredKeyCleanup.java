package org.simfleet.app.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes keys older than their 24 hours. Claiming a key already ignores an expired row, so this only
 * keeps the table (and the answers it holds) from growing without bound.
 */
@Component
class ExpiredKeyCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExpiredKeyCleanup.class);

    private final IdempotencyKeys keys;

    ExpiredKeyCleanup(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeExpired() {
        int removed = keys.removeExpired();
        if (removed > 0) {
            log.info("Removed {} expired Idempotency-Key rows", removed);
        }
    }
}
