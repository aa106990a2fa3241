package org.simfleet.simulator.network;

import java.util.concurrent.atomic.AtomicLong;

/** What the gateway sent and what the platform answered, including the usage the platform acknowledged. */
public final class GatewayStats {

    final AtomicLong accessRequests = new AtomicLong();
    final AtomicLong accepts = new AtomicLong();
    final AtomicLong rejects = new AtomicLong();
    final AtomicLong accountingRequests = new AtomicLong();
    final AtomicLong accountingAcked = new AtomicLong();
    final AtomicLong unanswered = new AtomicLong();
    final AtomicLong retransmits = new AtomicLong();
    final AtomicLong sessionsStarted = new AtomicLong();
    final AtomicLong sessionsStopped = new AtomicLong();
    final AtomicLong octetsAcked = new AtomicLong();
    final AtomicLong disconnectsAcked = new AtomicLong();
    final AtomicLong disconnectsRefused = new AtomicLong();
    final AtomicLong restarts = new AtomicLong();

    public long accessRequests() {
        return accessRequests.get();
    }

    public long accepts() {
        return accepts.get();
    }

    public long rejects() {
        return rejects.get();
    }

    public long accountingRequests() {
        return accountingRequests.get();
    }

    public long accountingAcked() {
        return accountingAcked.get();
    }

    /** Requests no answer came for after every retransmission. */
    public long unanswered() {
        return unanswered.get();
    }

    public long retransmits() {
        return retransmits.get();
    }

    public long sessionsStarted() {
        return sessionsStarted.get();
    }

    public long sessionsStopped() {
        return sessionsStopped.get();
    }

    /** Octets up and down whose Interim or Stop the platform acknowledged: what its usage must show. */
    public long octetsAcked() {
        return octetsAcked.get();
    }

    public long disconnectsAcked() {
        return disconnectsAcked.get();
    }

    public long disconnectsRefused() {
        return disconnectsRefused.get();
    }

    public long restarts() {
        return restarts.get();
    }

    @Override
    public String toString() {
        return "access=" + accessRequests + " accept=" + accepts + " reject=" + rejects + " acct=" + accountingAcked
                + "/" + accountingRequests + " unanswered=" + unanswered + " retrans=" + retransmits + " sessions="
                + sessionsStarted + "/" + sessionsStopped + " octets=" + octetsAcked + " disconnects="
                + disconnectsAcked + " restarts=" + restarts;
    }
}
