package org.simfleet.simulator.load;

import java.util.Arrays;
import java.util.Locale;

/** The figures of a load run, printed in LoadGen's key=value form. */
public record LoadReport(
        long sent,
        long acked,
        long retransmits,
        long lost,
        double measuredSeconds,
        long measuredAcked,
        long[] latenciesMicros,
        int window,
        int sessionsCompleted) {

    public double ackedPerSecond() {
        return measuredSeconds <= 0 ? 0 : measuredAcked / measuredSeconds;
    }

    public double percentileMillis(double q) {
        long[] l = latenciesMicros.clone();
        if (l.length == 0) {
            return 0;
        }
        Arrays.sort(l);
        int i = (int) Math.min(l.length - 1, Math.ceil(q * l.length) - 1);
        return l[Math.max(0, i)] / 1000.0;
    }

    public String render() {
        return String.format(
                Locale.ROOT,
                "window=%d%nmeasured_s=%.3f%nsessions_completed=%d%nsent=%d%nretransmits=%d%nacked=%d%nlost=%d%n"
                        + "acked_per_s=%.1f%nlat_p50_ms=%.3f%nlat_p90_ms=%.3f%nlat_p99_ms=%.3f%nlat_max_ms=%.3f%n",
                window,
                measuredSeconds,
                sessionsCompleted,
                sent,
                retransmits,
                acked,
                lost,
                ackedPerSecond(),
                percentileMillis(0.50),
                percentileMillis(0.90),
                percentileMillis(0.99),
                percentileMillis(1.0));
    }
}
