package org.simfleet.app.aaa;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.simfleet.radius.AccessDecision;

/**
 * An Access-Reject ready to send: encoded once, with the Reply-Message that tells the gateway's operator why (RFC 2865
 * §5.18), and already wrapped in a completed stage, so a cached one costs nothing per request.
 */
record Reject(RejectReason reason, String message, CompletionStage<AccessDecision> stage) {

    static Reject of(RejectReason reason, String message) {
        return new Reject(reason, message, CompletableFuture.completedStage(AccessDecision.reject(message)));
    }
}
