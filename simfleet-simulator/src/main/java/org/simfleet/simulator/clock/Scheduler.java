package org.simfleet.simulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The simulation's event loop and its virtual clock. Events are ordered by virtual time, then by the order they were
 * scheduled, and run on the thread that calls {@link #runUntil}; other threads (the Disconnect listener, the SMSC)
 * hand work in with {@link #post}, which runs at the current virtual time.
 *
 * <p>With {@code speed} 60 one real second is one simulated minute; with speed 0 the clock jumps to the next event at
 * once, so a simulated hour takes as long as the platform needs to answer it.
 */
public final class Scheduler {

    private record Task(Instant at, long order, Runnable action) {}

    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> {
        int c = a.at.compareTo(b.at);
        return c != 0 ? c : Long.compare(a.order, b.order);
    });
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private final Instant start;
    private final double speed;
    private final Clock wall;
    private final long wallStartNanos;
    private volatile Thread loop;
    private volatile boolean stopped;
    private Instant now;
    private long order;

    /**
     * @param start the virtual time the run begins at
     * @param speed virtual seconds per real second; 0 runs as fast as possible
     */
    public Scheduler(Instant start, double speed, Clock wall) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be 0 (as fast as possible) or positive, not " + speed);
        }
        this.start = start;
        this.now = start;
        this.speed = speed;
        this.wall = wall;
        this.wallStartNanos = System.nanoTime();
    }

    /** The current virtual time. */
    public Instant now() {
        return now;
    }

    /**
     * The time to write into packets and events: virtual time, but never ahead of the wall clock, since the platform
     * refuses reports from the future. A fast run that starts in the past therefore keeps its own times.
     */
    public Instant stamp() {
        Instant real = wall.instant();
        return now.isAfter(real) ? real : now;
    }

    public Instant start() {
        return start;
    }

    public void at(Instant when, Runnable action) {
        queue.add(new Task(when.isBefore(now) ? now : when, order++, action));
    }

    public void after(Duration delay, Runnable action) {
        at(now.plus(delay), action);
    }

    /** From any thread: runs {@code action} on the loop at the current virtual time. */
    public void post(Runnable action) {
        posted.add(action);
        Thread t = loop;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Runs events until virtual time {@code end} (exclusive) or {@link #stop}; answers the events run. */
    public long runUntil(Instant end) {
        loop = Thread.currentThread();
        long ran = 0;
        while (!stopped) {
            ran += drainPosted();
            Task next = queue.peek();
            if (next == null || !next.at.isBefore(end)) {
                if (speed > 0 && waitUntil(end)) {
                    continue; // something was posted meanwhile
                }
                now = end;
                break;
            }
            if (speed > 0 && waitUntil(next.at)) {
                continue;
            }
            queue.poll();
            now = next.at;
            next.action.run();
            ran++;
        }
        loop = null;
        return ran;
    }

    public void stop() {
        stopped = true;
        Thread t = loop;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    public boolean stopped() {
        return stopped;
    }

    public int pending() {
        return queue.size();
    }

    private long drainPosted() {
        long n = 0;
        for (Runnable r = posted.poll(); r != null; r = posted.poll()) {
            r.run();
            n++;
        }
        return n;
    }

    /** Waits in real time until virtual time {@code when}; true if woken early by posted work or a stop. */
    private boolean waitUntil(Instant when) {
        while (!stopped) {
            long dueNanos =
                    wallStartNanos + (long) (Duration.between(start, when).toNanos() / speed);
            long left = dueNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (!posted.isEmpty()) {
                now = virtualAt(System.nanoTime());
                return true;
            }
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
        }
        return true;
    }

    private Instant virtualAt(long nanoTime) {
        Instant v = start.plusNanos((long) ((nanoTime - wallStartNanos) * speed));
        return v.isBefore(now) ? now : v;
    }
}
