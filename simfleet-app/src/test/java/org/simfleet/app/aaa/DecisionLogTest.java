package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecisionLogTest {

    private final DecisionMetrics metrics = new DecisionMetrics(new SimpleMeterRegistry(), new AuthorizationModel());

    private static DecisionEvent event(long n) {
        return new DecisionEvent(n, 1, n, n, null, null, "em", 6, "26201", Subscriber.NONE);
    }

    @Test
    void writesQueuedEventsInBatchesOnItsOwnThread() {
        List<List<DecisionEvent>> batches = new CopyOnWriteArrayList<>();
        DecisionLog log = new DecisionLog(
                batch -> {
                    batches.add(List.copyOf(batch));
                    return 0;
                },
                metrics,
                10_000);
        for (int i = 0; i < 2_500; i++) {
            log.record(event(i));
        }

        log.start();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> batches.stream().mapToInt(List::size).sum() == 2_500);
        } finally {
            log.stop();
        }
        assertThat(batches).hasSizeLessThanOrEqualTo(3).allSatisfy(b -> assertThat(b)
                .hasSizeLessThanOrEqualTo(1_000));
    }

    @Test
    void dropsAndCountsEventsWhenTheQueueIsFullWithoutBlocking() {
        DecisionLog log = new DecisionLog(batch -> 0, metrics, 10);

        long start = System.nanoTime();
        for (int i = 0; i < 25; i++) {
            log.record(event(i));
        }

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
        assertThat(metrics.droppedCount()).isEqualTo(15);
    }

    @Test
    void writesWhatIsLeftWhenStopped() throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<DecisionEvent> written = new CopyOnWriteArrayList<>();
        DecisionLog log = new DecisionLog(
                batch -> {
                    writing.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    written.addAll(batch);
                    return 0;
                },
                metrics,
                10_000);
        log.start();
        log.record(event(0));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 100; i++) {
            log.record(event(i));
        }
        Thread stopper = new Thread(log::stop);
        stopper.start();
        // the stop has begun (it waits for the writer) while 100 events are still queued behind a slow write
        await().atMost(Duration.ofSeconds(10)).until(() -> stopper.getState() == Thread.State.TIMED_WAITING);

        release.countDown();
        stopper.join(10_000);

        assertThat(written).hasSize(101);
    }

    @Test
    void countsABatchThatFailedToWriteAsDropped() {
        DecisionLog log = new DecisionLog(
                batch -> {
                    throw new IllegalStateException("database gone");
                },
                metrics,
                100);
        log.record(event(1));
        log.record(event(2));

        log.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> metrics.droppedCount() == 2);
        } finally {
            log.stop();
        }
    }
}
