package org.simfleet.radius;

import java.util.concurrent.CompletionStage;

/**
 * Stores Accounting-Requests. Implemented by the application's accounting store, which is expected to batch (group
 * commit) rather than write one record per call.
 */
@FunctionalInterface
public interface AccountingHandler {
    /**
     * Takes one request. Called on a server receive thread once per new request, so it must not block: queue the
     * record and return a stage completed once it is durable. The Accounting-Response is sent only when the stage
     * completes normally, on the completing thread: RFC 2866 §4.1 lets the server answer only after it has recorded
     * the packet, and a gateway keeps retransmitting until then, so nothing acknowledged is lost.
     *
     * @return a stage completed when the record is durable; a stage that completes exceptionally, or a thrown
     *     exception, sends nothing (the gateway retransmits and the retransmission is processed afresh) and counts
     *     as a handler failure
     */
    CompletionStage<Void> account(AccountingRequest request);
}
