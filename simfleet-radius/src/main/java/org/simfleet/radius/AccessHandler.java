package org.simfleet.radius;

import java.util.concurrent.CompletionStage;

/**
 * Decides Access-Requests. Implemented by the application over its authorization read model; the server has already
 * checked the source, the Message-Authenticator and for retransmissions before calling it.
 */
@FunctionalInterface
public interface AccessHandler {
    /**
     * Decides one request. Called on a server receive thread once per new request (a retransmission is answered from
     * the duplicate cache without calling again), so it must not block: return a completed stage when the answer is
     * in memory, an incomplete one completed elsewhere when it needs I/O. The reply is encoded and sent on the thread
     * that completes the stage.
     *
     * @return the decision; a stage that completes exceptionally or with {@code null}, or a thrown exception, sends
     *     no reply (the NAS retries or fails over) and counts as a handler failure
     */
    CompletionStage<AccessDecision> authorize(AccessRequest request);
}
