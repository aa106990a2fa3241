package org.simfleet.app.aaa;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * The authorization read model: SIMs by IMSI and the compiled policies by id, read by the RADIUS threads without a
 * lock and written by one thread at a time (the refresh listeners and the reconciler, under {@link #writeLock}).
 *
 * <p>A full rebuild reads the database for seconds while changes keep arriving; whatever the listeners write meanwhile
 * is remembered and written again into the rebuilt model before it replaces the old one, so a rebuild never brings
 * back what a listener had already refreshed.
 */
@Component
class AuthorizationModel {

    /** Everything the model holds, swapped as a whole by a rebuild. */
    record Snapshot(
            LongIndex<Subscriber> subscribers, LongIndex<ServiceRules> services, LongIndex<CoverageRules> coverage) {

        static Snapshot empty() {
            return new Snapshot(new LongIndex<>(16), new LongIndex<>(16), new LongIndex<>(16));
        }
    }

    private final Object writeLock = new Object();
    private volatile Snapshot current = Snapshot.empty();
    /** Writes made while a rebuild runs, by key; null when none runs. Guarded by {@link #writeLock}. */
    private Map<Long, Subscriber> writtenDuringRebuild;

    private Map<Long, ServiceRules> servicesDuringRebuild;
    private Map<Long, CoverageRules> coverageDuringRebuild;

    Subscriber subscriber(long imsiKey) {
        return current.subscribers().get(imsiKey);
    }

    ServiceRules service(long policyId) {
        return current.services().get(policyId);
    }

    CoverageRules coverage(long policyId) {
        return current.coverage().get(policyId);
    }

    int size() {
        return current.subscribers().size();
    }

    void putSubscriber(long imsiKey, Subscriber subscriber) {
        synchronized (writeLock) {
            current.subscribers().put(imsiKey, subscriber);
            if (writtenDuringRebuild != null) {
                writtenDuringRebuild.put(imsiKey, subscriber);
            }
        }
    }

    void putService(ServiceRules rules) {
        synchronized (writeLock) {
            current.services().put(rules.id, rules);
            if (servicesDuringRebuild != null) {
                servicesDuringRebuild.put(rules.id, rules);
            }
        }
    }

    void putCoverage(CoverageRules rules) {
        synchronized (writeLock) {
            current.coverage().put(rules.id, rules);
            if (coverageDuringRebuild != null) {
                coverageDuringRebuild.put(rules.id, rules);
            }
        }
    }

    /** Starts remembering writes, for {@link #replace}; called before a rebuild reads the database. */
    void rebuildStarting() {
        synchronized (writeLock) {
            writtenDuringRebuild = new LinkedHashMap<>();
            servicesDuringRebuild = new LinkedHashMap<>();
            coverageDuringRebuild = new LinkedHashMap<>();
        }
    }

    /** Puts a rebuilt snapshot in place, with every write made since {@link #rebuildStarting} applied on top. */
    void replace(Snapshot rebuilt) {
        synchronized (writeLock) {
            if (writtenDuringRebuild != null) {
                writtenDuringRebuild.forEach(rebuilt.subscribers()::put);
                servicesDuringRebuild.values().forEach(r -> rebuilt.services().put(r.id, r));
                coverageDuringRebuild.values().forEach(r -> rebuilt.coverage().put(r.id, r));
            }
            current = rebuilt;
            writtenDuringRebuild = null;
            servicesDuringRebuild = null;
            coverageDuringRebuild = null;
        }
    }

    /** Forgets a failed rebuild's bookkeeping; the model stays as it was. */
    void rebuildFailed() {
        synchronized (writeLock) {
            writtenDuringRebuild = null;
            servicesDuringRebuild = null;
            coverageDuringRebuild = null;
        }
    }

    static <V> LongIndex<V> indexOf(Collection<V> values, ToLongFunction<V> key) {
        LongIndex<V> index = new LongIndex<>(values.size());
        values.forEach(v -> index.put(key.applyAsLong(v), v));
        return index;
    }
}
