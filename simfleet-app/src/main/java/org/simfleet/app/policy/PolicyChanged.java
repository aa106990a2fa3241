package org.simfleet.app.policy;

/**
 * Published inside the transaction that created, changed or deleted a service or coverage policy. Features that keep
 * their own copy of policies listen with {@code @TransactionalEventListener} (after commit): the AAA read model
 * reloads the policy, and from the next Access-Request on every endpoint on it is decided by the new rules.
 *
 * @param deleted whether the policy is gone (no endpoint can be on it: deleting one in use is refused)
 */
public record PolicyChanged(Kind kind, long policyId, long orgId, boolean deleted) {

    public enum Kind {
        SERVICE,
        COVERAGE
    }
}
