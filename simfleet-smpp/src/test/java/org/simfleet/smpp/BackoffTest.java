package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheInitialDelayUpToTheMaximumWithJitterInTheUpperHalf() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));
        long[] ceilings = {100, 200, 400, 800, 1000, 1000};
        for (long ceiling : ceilings) {
            long delay = backoff.nextDelayNanos();
            assertThat(delay).isBetween(ceiling * 1_000_000 / 2, ceiling * 1_000_000);
        }
    }

    @Test
    void startsOverAfterAReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            backoff.nextDelayNanos();
        }
        backoff.reset();
        assertThat(backoff.nextDelayNanos()).isLessThanOrEqualTo(100_000_000L);
    }
}
