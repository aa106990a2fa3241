package org.simfleet.simulator.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void runsEventsInVirtualTimeOrderThenInTheOrderScheduled() {
        Scheduler s = new Scheduler(T0, 0, Clock.systemUTC());
        List<String> ran = new ArrayList<>();
        s.after(Duration.ofMinutes(5), () -> ran.add("b@" + s.now()));
        s.after(Duration.ofMinutes(1), () -> ran.add("a@" + s.now()));
        s.after(Duration.ofMinutes(5), () -> ran.add("c@" + s.now()));

        s.runUntil(T0.plus(Duration.ofHours(1)));

        assertThat(ran).containsExactly("a@2026-11-30T10:01:00Z", "b@2026-11-30T10:05:00Z", "c@2026-11-30T10:05:00Z");
        assertThat(s.now()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void leavesEventsAtOrAfterTheEndForTheNextRun() {
        Scheduler s = new Scheduler(T0, 0, Clock.systemUTC());
        List<Instant> ran = new ArrayList<>();
        s.after(Duration.ofMinutes(30), () -> ran.add(s.now()));

        s.runUntil(T0.plus(Duration.ofMinutes(30)));
        assertThat(ran).isEmpty();
        s.runUntil(T0.plus(Duration.ofMinutes(31)));

        assertThat(ran).containsExactly(T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void stampNeverRunsAheadOfTheWallClock() {
        Clock wall = Clock.fixed(T0.plusSeconds(90), ZoneOffset.UTC);
        Scheduler s = new Scheduler(T0, 0, wall);
        List<Instant> stamps = new ArrayList<>();
        s.after(Duration.ofMinutes(1), () -> stamps.add(s.stamp()));
        s.after(Duration.ofMinutes(2), () -> stamps.add(s.stamp()));

        s.runUntil(T0.plus(Duration.ofMinutes(3)));

        assertThat(stamps).containsExactly(T0.plusSeconds(60), T0.plusSeconds(90));
    }

    @Test
    void atSpeedTwentyAMinuteOfVirtualTimeTakesThreeRealSeconds() {
        Scheduler s = new Scheduler(T0, 20, Clock.systemUTC());
        long started = System.nanoTime();

        s.runUntil(T0.plus(Duration.ofMinutes(1)));

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofMillis(2900), Duration.ofSeconds(6));
    }

    @Test
    void workPostedFromAnotherThreadRunsOnTheLoop() throws Exception {
        Scheduler s = new Scheduler(T0, 1, Clock.systemUTC());
        Thread loop = Thread.currentThread();
        List<String> ran = new ArrayList<>();
        Thread other = new Thread(() -> s.post(() -> {
            ran.add(Thread.currentThread() == loop ? "loop" : "other");
            s.stop();
        }));
        other.start();

        s.runUntil(T0.plus(Duration.ofHours(1)));
        other.join();

        assertThat(ran).containsExactly("loop");
        assertThat(s.stopped()).isTrue();
    }
}
