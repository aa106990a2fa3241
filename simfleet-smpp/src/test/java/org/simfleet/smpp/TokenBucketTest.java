package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Test
    void passesAtMostTheRatePlusItsSmallBurstInASecond() {
        TokenBucket bucket = new TokenBucket(1000, now::get);
        now.addAndGet(5_000_000_000L); // idle for long: the bucket is full, but holds only 20 tokens
        int taken = 0;
        for (long t = 0; t < 1_000_000_000L; t += 100_000) { // one second, asked every 0.1 ms
            now.addAndGet(100_000);
            while (bucket.tryTake() == 0) {
                taken++;
            }
        }
        assertThat(taken).isBetween(1000, 1020);
    }

    @Test
    void answersTheWaitUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(10, now::get);
        assertThat(bucket.tryTake()).isZero();
        long wait = bucket.tryTake();
        assertThat(wait).isEqualTo(100_000_000L);
        now.addAndGet(wait);
        assertThat(bucket.tryTake()).isZero();
    }
}
