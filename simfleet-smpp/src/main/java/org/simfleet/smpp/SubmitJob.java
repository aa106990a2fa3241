package org.simfleet.smpp;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/** One message on its way: its composed parts and the result that completes when each part has an outcome. */
final class SubmitJob {
    final CompletableFuture<SubmitResult> future = new CompletableFuture<>();
    /** Each part's submit_sm, composed with sequence number 0; the window writes the real one in. */
    final byte[][] pdus;

    private final PartResult[] results;
    private final Counters counters;
    private int remaining;

    SubmitJob(byte[][] pdus, Counters counters) {
        this.pdus = pdus;
        this.results = new PartResult[pdus.length];
        this.remaining = pdus.length;
        this.counters = counters;
    }

    int parts() {
        return pdus.length;
    }

    /** Records part {@code index}'s outcome once (later calls for the same part are ignored). */
    void complete(int index, Outcome outcome, String messageId, int status, String detail) {
        boolean done;
        synchronized (this) {
            if (results[index] != null) {
                return;
            }
            results[index] = new PartResult(index, outcome, messageId, status, detail);
            done = --remaining == 0;
        }
        counters.count(outcome);
        if (done) {
            future.complete(new SubmitResult(Arrays.asList(results)));
        }
    }

    /** Completes every part not yet completed with the same outcome. */
    void completeRest(Outcome outcome, String detail) {
        for (int i = 0; i < results.length; i++) {
            complete(i, outcome, null, PartResult.NO_STATUS, detail);
        }
    }
}
