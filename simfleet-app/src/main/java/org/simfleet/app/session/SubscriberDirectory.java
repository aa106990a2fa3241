package org.simfleet.app.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IMSI → SIM, organisation and endpoint for new sessions: read for a whole batch in one query, then cached. The
 * cache is bounded and its answers expire, so a SIM provisioned or moved to another endpoint is seen by the
 * sessions that start a minute later. Used by the writer thread only.
 */
final class SubscriberDirectory {

    /** A minute: long enough that bursts of Starts from one fleet hit the cache, short enough to follow changes. */
    private static final long TTL_NANOS = 60L * 1_000_000_000L;
    /** 100,000 IMSIs, some 20 MB; unknown IMSIs are cached too, so a stream of strangers costs one query a minute. */
    private static final int CAPACITY = 100_000;

    private record Cached(Subscriber subscriber, long loadedNanos) {}

    private final SessionStore store;
    private final Map<String, Cached> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CAPACITY;
        }
    };

    SubscriberDirectory(SessionStore store) {
        this.store = store;
    }

    /** Reads the IMSIs not cached (or expired) in one query. */
    void prefetch(List<String> imsis) {
        long now = System.nanoTime();
        List<String> missing = new ArrayList<>();
        for (String imsi : imsis) {
            Cached c = cache.get(imsi);
            if (c == null || now - c.loadedNanos() > TTL_NANOS) {
                missing.add(imsi);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Subscriber> found = store.subscribers(missing);
        for (String imsi : missing) {
            cache.put(imsi, new Cached(found.getOrDefault(imsi, Subscriber.UNKNOWN), now));
        }
    }

    /** The subscriber of a prefetched IMSI; {@link Subscriber#UNKNOWN} for none. */
    Subscriber get(String imsi) {
        if (imsi == null) {
            return Subscriber.UNKNOWN;
        }
        Cached c = cache.get(imsi);
        return c == null ? Subscriber.UNKNOWN : c.subscriber();
    }
}
