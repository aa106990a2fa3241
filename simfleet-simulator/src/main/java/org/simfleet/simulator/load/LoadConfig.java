package org.simfleet.simulator.load;

import java.time.Duration;
import java.util.List;

/**
 * A load run: the subscribers' IMSIs to account for, requests in flight, the measured window after a warm-up, and an
 * optional cap on requests per second (0: none).
 */
public record LoadConfig(
        List<String> imsis,
        String radiusHost,
        int acctPort,
        String secret,
        String gatewayAddress,
        int window,
        int interims,
        Duration warmup,
        Duration measured,
        Duration timeout,
        int retries,
        double rate) {

    public LoadConfig {
        imsis = List.copyOf(imsis);
        if (imsis.isEmpty()) {
            throw new IllegalArgumentException("the load needs at least one subscriber");
        }
        if (window < 1 || window > 4096) {
            throw new IllegalArgumentException("--window is 1 to 4096, not " + window);
        }
    }
}
