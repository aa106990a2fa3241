package org.simfleet.app.aaa;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A map from positive long keys to values for one writer and any number of readers, with no lock and no allocation on
 * a read: open addressing with linear probing over a {@code long[]} of keys and a parallel array of values, the
 * layout that lets the AAA read model hold a million SIMs in some 24 MB of index (the values aside) where a
 * {@code HashMap<Long, …>} would spend about 56 bytes of node and boxed key per entry.
 *
 * <p>The table is kept at most half full, so a lookup probes about 1.5 slots when the key is there and 2.5 when not
 * (Knuth, TAOCP vol. 3 §6.4). A writer publishes each value before its key (release stores), and a reader that sees
 * the key (acquire load) therefore sees the value; a grown table is published whole through a volatile field. Keys
 * are never removed: the model replaces a SIM's value, and a full reload builds a new index.
 */
final class LongIndex<V> {

    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    /** Fibonacci hashing spreads sequential keys (IMSIs, ids) evenly over the table. */
    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private static final int MIN_BITS = 4;

    private static final class Table<V> {
        final long[] keys;
        final AtomicReferenceArray<V> values;
        final int shift;
        final int mask;

        Table(int bits) {
            keys = new long[1 << bits];
            values = new AtomicReferenceArray<>(1 << bits);
            shift = 64 - bits;
            mask = (1 << bits) - 1;
        }
    }

    private volatile Table<V> table;
    private int size;

    /** An index sized for {@code expected} entries without growing. */
    LongIndex(int expected) {
        int bits = MIN_BITS;
        while ((1L << bits) < 2L * expected) {
            bits++;
        }
        table = new Table<>(bits);
    }

    /** The value for {@code key}, or null. Safe from any thread, concurrently with the writer. */
    V get(long key) {
        Table<V> t = table;
        int i = (int) ((key * GOLDEN) >>> t.shift);
        while (true) {
            long k = (long) KEYS.getAcquire(t.keys, i);
            if (k == key) {
                return t.values.get(i);
            }
            if (k == 0) {
                return null;
            }
            i = (i + 1) & t.mask;
        }
    }

    /** Adds or replaces; only one thread may write at a time (the model writes under its lock). */
    void put(long key, V value) {
        if (key <= 0) {
            throw new IllegalArgumentException("keys are positive, not " + key);
        }
        Table<V> t = table;
        if (2 * (size + 1) > t.keys.length) {
            t = grow(t);
        }
        if (insert(t, key, value)) {
            size++;
        }
    }

    int size() {
        return size;
    }

    private static <V> boolean insert(Table<V> t, long key, V value) {
        int i = (int) ((key * GOLDEN) >>> t.shift);
        while (true) {
            long k = t.keys[i];
            if (k == key) {
                t.values.set(i, value);
                return false;
            }
            if (k == 0) {
                t.values.set(i, value);
                KEYS.setRelease(t.keys, i, key);
                return true;
            }
            i = (i + 1) & t.mask;
        }
    }

    private Table<V> grow(Table<V> old) {
        Table<V> bigger = new Table<>(64 - old.shift + 1);
        for (int i = 0; i < old.keys.length; i++) {
            if (old.keys[i] != 0) {
                insert(bigger, old.keys[i], old.values.get(i));
            }
        }
        table = bigger;
        return bigger;
    }
}
