package org.simfleet.app.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as the percentiles BENCHMARKS.md reports. */
final class Percentiles {

    private final long[] samples;
    private int n;

    Percentiles(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[n++] = nanos;
    }

    /** "p50 / p95 / p99 ms" of what was added. */
    String summary() {
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        return String.format("%.2f / %.2f / %.2f", ms(s, 0.50), ms(s, 0.95), ms(s, 0.99));
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(i, 0)] / 1_000_000.0;
    }
}
