package org.simfleet.app.session;

import java.time.Instant;
import java.util.UUID;

/**
 * What the writer remembers of one session between packets: who it belongs to and the cumulative counters counted
 * so far, so an Interim-Update needs no read. Touched by the writer thread only, hence plain fields.
 */
final class SessionState {
    final UUID id;
    final SessionKey key;
    final Long orgId;
    final Long simId;
    final Long endpointId;
    final Instant startedAt;

    long bytesUp;
    long bytesDown;
    long packetsUp;
    long packetsDown;

    boolean closed;
    Instant endedAt;
    Long durationSeconds;
    String terminateCause;

    /** The record that created the session while its INSERT is not yet committed; null after. */
    AccountingRecord pendingInsert;

    SessionState(UUID id, SessionKey key, Subscriber owner, Instant startedAt) {
        this.id = id;
        this.key = key;
        this.orgId = owner.orgId();
        this.simId = owner.simId();
        this.endpointId = owner.endpointId();
        this.startedAt = startedAt;
    }

    /** Closes the session; the duration is the gateway's Acct-Session-Time when it sent one (RFC 2866 §5.7). */
    void close(Instant at, Long sessionTime, String cause) {
        closed = true;
        endedAt = at;
        durationSeconds =
                sessionTime != null ? sessionTime : Math.max(0, at.getEpochSecond() - startedAt.getEpochSecond());
        terminateCause = cause;
    }
}
