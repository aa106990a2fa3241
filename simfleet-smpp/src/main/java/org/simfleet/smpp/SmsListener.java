package org.simfleet.smpp;

import java.util.concurrent.CompletionStage;

/**
 * What the application does with what the SMSC delivers. The client answers each deliver_sm only once the returned
 * stage completes: ESME_ROK when it completes normally (so complete it after the durable write), ESME_RX_T_APPN
 * (0x64, SMPP 3.4 §5.1.3) when it completes exceptionally, so that the SMSC redelivers later. The methods are called
 * on the client's reader thread: return quickly and complete the stage elsewhere; waiting for it never holds up
 * submit_sm_resp processing.
 */
public interface SmsListener {

    /** A delivery receipt or an intermediate notification. */
    CompletionStage<Void> onReceipt(DeliveryReceipt receipt);

    /** A mobile-originated message, after all its parts have arrived; answered once for all parts. */
    CompletionStage<Void> onMessage(InboundSms message);

    /** The bind went to {@code state}; {@code detail} says why (for logs and the operator's view). */
    default void onBindStateChanged(BindState state, String detail) {}
}
