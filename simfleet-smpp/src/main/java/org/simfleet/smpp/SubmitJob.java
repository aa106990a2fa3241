package org.simfleet.smpp;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/** One message on its way: its composed parts and the result that completes when each part has an outcome. */
final class SubmitJob {
    final CompletableFuture<SubmitResult> future = new CompletableFuture<>();
    /** Each part's submit_sm, composed with sequence number 0; the window writes the real one in. */
    final byte[][] pdus;

    /** The message's part number of each of {@link #pdus} (all parts, or those being resubmitted). */
    private final int[] partIndexes;

    private final int reference;
    private final PartResult[] results;
    private final Counters counters;
    private int remaining;

    SubmitJob(byte[][] pdus, int[] partIndexes, int reference, Counters counters) {
        this.pdus = pdus;
        this.partIndexes = partIndexes;
        this.reference = reference;
        this.results = new PartResult[pdus.length];
        this.remaining = pdus.length;
        this.counters = counters;
    }

    int parts() {
        return pdus.length;
    }

    /** Records the outcome of the {@code slot}th submit_sm once (later calls for the same one are ignored). */
    void complete(int slot, Outcome outcome, String messageId, int status, String detail) {
        boolean done;
        synchronized (this) {
            if (results[slot] != null) {
                return;
            }
            results[slot] = new PartResult(partIndexes[slot], outcome, messageId, status, detail);
            done = --remaining == 0;
        }
        counters.count(outcome);
        if (done) {
            future.complete(new SubmitResult(Arrays.asList(results), reference));
        }
    }

    /** Completes every part not yet completed with the same outcome. */
    void completeRest(Outcome outcome, String detail) {
        for (int i = 0; i < results.length; i++) {
            complete(i, outcome, null, PartResult.NO_STATUS, detail);
        }
    }
}
