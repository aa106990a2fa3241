package org.simfleet.simulator.smsc;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.simfleet.smpp.BindState;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.InboundSms;
import org.simfleet.smpp.SmsListener;

/** Records what the client hands over; each stage completes at once unless a test says otherwise. */
final class RecordingListener implements SmsListener {
    final List<DeliveryReceipt> receipts = new CopyOnWriteArrayList<>();
    final List<InboundSms> messages = new CopyOnWriteArrayList<>();
    final List<String> states = new CopyOnWriteArrayList<>();
    volatile Function<DeliveryReceipt, CompletionStage<Void>> onReceipt = r -> CompletableFuture.completedFuture(null);
    volatile Function<InboundSms, CompletionStage<Void>> onMessage = m -> CompletableFuture.completedFuture(null);

    @Override
    public CompletionStage<Void> onReceipt(DeliveryReceipt receipt) {
        receipts.add(receipt);
        return onReceipt.apply(receipt);
    }

    @Override
    public CompletionStage<Void> onMessage(InboundSms message) {
        messages.add(message);
        return onMessage.apply(message);
    }

    @Override
    public void onBindStateChanged(BindState state, String detail) {
        states.add(state + ": " + detail);
    }

    DeliveryReceipt receiptFor(String messageId) {
        return receipts.stream()
                .filter(r -> r.messageId().equals(messageId))
                .findFirst()
                .orElse(null);
    }
}
