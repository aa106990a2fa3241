package org.simfleet.radius.server;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Duplicate detection of RFC 5080 §2.2.2: a request is the same request when source address, source port,
 * Identifier and Request Authenticator match (and the code, as both ports share the cache). The first copy claims an entry; a copy arriving while it is processed
 * finds the entry without a reply and is dropped; a copy arriving later within the window gets the cached reply
 * octets, so no handler ever sees a request twice.
 *
 * <p>Memory is bounded twice: entries older than the window go, and beyond {@code capacity} the oldest go first
 * even if younger. Entries are evicted in arrival order from a queue by whichever thread inserts while nobody else
 * is evicting ({@code tryLock}), so the hot path never waits for eviction. At very high rates the capacity, not the
 * window, decides how far back retransmissions are recognised; size it as rate × the gateways' retry interval.
 */
final class DuplicateCache {
    private final ConcurrentHashMap<Key, Entry> entries;
    private final ConcurrentLinkedQueue<Entry> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final ReentrantLock evicting = new ReentrantLock();
    private final long windowNanos;
    private final int capacity;
    private final LongSupplier nanoClock;

    DuplicateCache(long windowNanos, int capacity, LongSupplier nanoClock) {
        this.windowNanos = windowNanos;
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        this.entries = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }

    /** A fresh, unclaimed entry for a request that arrived now. */
    Entry entry(InetSocketAddress source, int code, int identifier, byte[] authenticator) {
        return new Entry(new Key(source, code << 8 | identifier, authenticator), nanoClock.getAsLong());
    }

    /**
     * Claims {@code fresh} for processing.
     *
     * @return {@code null} when the caller now owns {@code fresh} and must {@link #complete} or {@link #abandon} it;
     *     otherwise the live entry of an earlier copy, whose {@link Entry#reply()} is {@code null} while in progress
     */
    Entry claim(Entry fresh) {
        long now = fresh.createdNanos;
        while (true) {
            Entry existing = entries.putIfAbsent(fresh.key, fresh);
            if (existing == null) {
                break;
            }
            if (now - existing.createdNanos <= windowNanos) {
                return existing;
            }
            if (entries.replace(fresh.key, existing, fresh)) {
                break;
            }
        }
        arrivals.offer(fresh);
        queued.incrementAndGet();
        evict(now);
        return null;
    }

    /** Records the reply of an owned entry; later copies get these octets. */
    void complete(Entry entry, byte[] reply) {
        entry.reply = reply;
    }

    /** Forgets an owned entry whose processing failed, so the next copy is processed afresh. */
    void abandon(Entry entry) {
        entries.remove(entry.key, entry);
    }

    int size() {
        return entries.size();
    }

    private void evict(long now) {
        if (!evicting.tryLock()) {
            return;
        }
        try {
            Entry oldest;
            while ((oldest = arrivals.peek()) != null
                    && (queued.get() > capacity || now - oldest.createdNanos > windowNanos)) {
                arrivals.poll();
                queued.decrementAndGet();
                entries.remove(oldest.key, oldest);
            }
        } finally {
            evicting.unlock();
        }
    }

    /** One request seen; identity equality, so a replaced entry is never removed by mistake. */
    static final class Entry {
        final Key key;
        final long createdNanos;
        volatile byte[] reply;

        Entry(Key key, long createdNanos) {
            this.key = key;
            this.createdNanos = createdNanos;
        }

        byte[] reply() {
            return reply;
        }
    }

    /** The RFC 5080 §2.2.2 identity of a request; {@code codeAndIdentifier} is code × 256 + Identifier. */
    static final class Key {
        private final InetSocketAddress source;
        private final int codeAndIdentifier;
        private final byte[] authenticator;
        private final int hash;

        Key(InetSocketAddress source, int codeAndIdentifier, byte[] authenticator) {
            this.source = source;
            this.codeAndIdentifier = codeAndIdentifier;
            this.authenticator = authenticator;
            this.hash = 31 * (31 * source.hashCode() + codeAndIdentifier) + Arrays.hashCode(authenticator);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && hash == k.hash
                    && codeAndIdentifier == k.codeAndIdentifier
                    && Arrays.equals(authenticator, k.authenticator)
                    && source.equals(k.source);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
