package org.simfleet.app.aaa;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.simfleet.app.endpoint.EndpointsChanged;
import org.simfleet.app.policy.PolicyChanged;
import org.simfleet.app.sim.SimStatesChanged;
import org.simfleet.app.tenant.AddressPoolChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the read model fresh. At start it loads everything before the RADIUS listener opens its ports. After each
 * committed change on this node it reloads just what the change named, on the committing thread, so the API answers
 * only once the next Access-Request is decided by the new state. Every {@code simfleet.aaa.reconcile-interval}
 * (default 5 minutes, 0 to turn off) it rebuilds the whole model from the database: the safety net for changes made by
 * other nodes sharing the database, whose events this node never sees.
 */
@Component
class ModelRefresh implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ModelRefresh.class);
    /** Reloads of at least this many SIMs are logged with their duration. */
    private static final int LOGGED_RELOAD = 10_000;

    private final AuthorizationModel model;
    private final ModelLoader loader;
    private final Duration reconcileInterval;
    private ScheduledExecutorService reconciler;
    private volatile boolean running;

    ModelRefresh(
            AuthorizationModel model,
            ModelLoader loader,
            @Value("${simfleet.aaa.reconcile-interval:PT5M}") Duration reconcileInterval) {
        this.model = model;
        this.loader = loader;
        this.reconcileInterval = reconcileInterval;
    }

    @Override
    public synchronized void start() {
        rebuild("loaded");
        if (!reconcileInterval.isZero()) {
            reconciler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "aaa-reconcile");
                t.setDaemon(true);
                return t;
            });
            long millis = reconcileInterval.toMillis();
            reconciler.scheduleWithFixedDelay(this::reconcile, millis, millis, TimeUnit.MILLISECONDS);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (reconciler != null) {
            reconciler.shutdownNow();
            reconciler = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the decision log (which starts before the RADIUS listener): loaded before the first request. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 3000;
    }

    @TransactionalEventListener
    void simStatesChanged(SimStatesChanged changed) {
        safely(changed, () -> reload(changed.simIds()));
    }

    @TransactionalEventListener
    void endpointsChanged(EndpointsChanged changed) {
        Set<Long> sims = new LinkedHashSet<>();
        changed.changes().forEach(c -> sims.addAll(c.simIds()));
        safely(changed, () -> reload(List.copyOf(sims)));
    }

    @TransactionalEventListener
    void addressPoolChanged(AddressPoolChanged changed) {
        safely(changed, () -> reload(loader.simsOfEndpoints(changed.orgId())));
    }

    /** A deleted policy has no endpoint left on it, so its compiled rules can stay until the next rebuild. */
    @TransactionalEventListener
    void policyChanged(PolicyChanged changed) {
        if (!changed.deleted()) {
            safely(changed, () -> reloadPolicy(changed));
        }
    }

    /**
     * The change is committed whatever happens here, so a failed reload must not fail the request that made it: it
     * is logged, and the next reconcile (or the next change of the same rows) corrects the model.
     */
    private void safely(Object change, Runnable reload) {
        try {
            reload.run();
        } catch (RuntimeException e) {
            log.error(
                    "AAA read model: could not follow a {}; the next reconcile will",
                    change.getClass().getSimpleName(),
                    e);
        }
    }

    private void reloadPolicy(PolicyChanged changed) {
        switch (changed.kind()) {
            case SERVICE -> {
                ServiceRules rules = loader.service(changed.orgId(), changed.policyId());
                if (rules != null) {
                    model.putService(rules);
                }
            }
            case COVERAGE -> {
                CoverageRules rules = loader.coverage(changed.orgId(), changed.policyId());
                if (rules != null) {
                    model.putCoverage(rules);
                }
            }
        }
    }

    /** Reloads these SIMs with their endpoints; a 100,000-SIM bulk change takes a hundred indexed queries. */
    void reload(List<Long> simIds) {
        if (simIds.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        loader.sims(simIds, (subscriber, key) -> {
            if (key > 0) {
                model.putSubscriber(key, subscriber);
            }
        });
        if (simIds.size() >= LOGGED_RELOAD) {
            log.info(
                    "AAA read model: reloaded {} SIMs in {} ms",
                    simIds.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    void reconcile() {
        try {
            rebuild("reconciled");
        } catch (RuntimeException e) {
            // the old model stays; the next run tries again
            log.warn("AAA read model: reconciling with the database failed", e);
        }
    }

    /** Builds a whole new model from the database and puts it in place of the old one. */
    void rebuild(String what) {
        long start = System.nanoTime();
        model.rebuildStarting();
        try {
            long expected = loader.countSims();
            LongIndex<Subscriber> subscribers = new LongIndex<>((int) Math.min(expected, Integer.MAX_VALUE / 4));
            loader.all((subscriber, key) -> {
                if (key > 0) {
                    subscribers.put(key, subscriber);
                }
            });
            List<ServiceRules> services = loader.services();
            List<CoverageRules> coverage = loader.coverage();
            model.replace(new AuthorizationModel.Snapshot(
                    subscribers,
                    AuthorizationModel.indexOf(services, r -> r.id),
                    AuthorizationModel.indexOf(coverage, r -> r.id)));
            log.info(
                    "AAA read model {}: {} SIMs, {} service and {} coverage policies in {} ms",
                    what,
                    subscribers.size(),
                    services.size(),
                    coverage.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            model.rebuildFailed();
            throw e;
        }
    }
}
