package org.simfleet.simulator.smsc;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jsmpp.bean.OptionalParameter;
import org.simfleet.smpp.ReceiptState;
import org.simfleet.smpp.codec.ReceiptText;
import org.simfleet.smpp.codec.SmsDecoder;

/**
 * The simulated handsets' side of the SMSC: each accepted MT meets its {@link Delivery} fate at its time, produces
 * its receipt when one was requested, and reaches the subscribers once all parts of its message have arrived.
 */
final class RadioNetwork {
    /** esm_class of a delivery receipt (SMPP 3.4 §5.2.12, message type 0x04). */
    static final byte ESM_RECEIPT = 0x04;

    /** Incomplete concatenated MTs kept for subscribers at once; the oldest are dropped first beyond it. */
    private static final int MAX_INCOMPLETE = 10_000;

    private final ScheduledExecutorService timers;
    private final Outbox outbox;
    private final List<Consumer<DeliveredMt>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<String, List<Submitted>> incomplete = new LinkedHashMap<>();

    RadioNetwork(ScheduledExecutorService timers, Outbox outbox) {
        this.timers = timers;
        this.outbox = outbox;
    }

    void subscribe(Consumer<DeliveredMt> subscriber) {
        subscribers.add(subscriber);
    }

    void unsubscribe(Consumer<DeliveredMt> subscriber) {
        subscribers.remove(subscriber);
    }

    /** Schedules the fate of an accepted part. */
    void accepted(Submitted mt) {
        Delivery fate = mt.delivery();
        if (fate instanceof Delivery.Delivered d) {
            later(d.after(), () -> delivered(mt));
        } else if (fate instanceof Delivery.Failed f) {
            later(f.after(), () -> {
                if (mt.receiptOnFailure()) {
                    receipt(mt, ReceiptState.UNDELIVERABLE, f.error(), f.networkErrorCode());
                }
            });
        } else if (fate instanceof Delivery.Unreachable) {
            later(Duration.between(Instant.now(), mt.expiresAt()), () -> {
                if (mt.receiptOnFailure()) {
                    receipt(mt, ReceiptState.EXPIRED, "000", -1);
                }
            });
        }
        // Delivery.Rejected was answered at submit time and never reaches the network.
    }

    private void later(Duration delay, Runnable action) {
        long nanos = Math.max(0, delay.toNanos());
        try {
            timers.schedule(action, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            // the simulator is closing: what it had not delivered dies with it
        }
    }

    private void delivered(Submitted mt) {
        if (mt.receiptOnSuccess()) {
            receipt(mt, ReceiptState.DELIVERED, "000", -1);
        }
        List<Submitted> parts = collect(mt);
        if (parts == null || subscribers.isEmpty()) {
            return;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        List<String> ids = new ArrayList<>(parts.size());
        for (Submitted p : parts) {
            joined.writeBytes(p.userData());
            ids.add(p.messageId());
        }
        byte[] payload = joined.toByteArray();
        DeliveredMt message = new DeliveredMt(
                mt.source(),
                mt.destination(),
                SmsDecoder.text(mt.dataCoding(), payload),
                payload,
                mt.dataCoding(),
                ids);
        for (Consumer<DeliveredMt> s : subscribers) {
            try {
                s.accept(message);
            } catch (RuntimeException ignored) {
                // one subscriber's failure is not the network's
            }
        }
    }

    /** The message's parts in order once all have arrived, else null. */
    private synchronized List<Submitted> collect(Submitted mt) {
        if (mt.total() <= 1) {
            return List.of(mt);
        }
        String key = mt.source() + "|" + mt.destination() + "|" + mt.reference() + "|" + mt.total();
        List<Submitted> parts = incomplete.computeIfAbsent(key, k -> new ArrayList<>());
        parts.removeIf(p -> p.sequence() == mt.sequence());
        parts.add(mt);
        if (parts.size() < mt.total()) {
            for (Iterator<String> it = incomplete.keySet().iterator(); incomplete.size() > MAX_INCOMPLETE; ) {
                it.next();
                it.remove();
            }
            return null;
        }
        incomplete.remove(key);
        parts.sort((a, b) -> Integer.compare(a.sequence(), b.sequence()));
        return parts;
    }

    private void receipt(Submitted mt, ReceiptState state, String error, int networkErrorCode) {
        String text = ReceiptText.format(mt.messageId(), state, mt.submittedAt(), Instant.now(), error, mt.textHead());
        List<OptionalParameter> tlvs = new ArrayList<>(3);
        tlvs.add(new OptionalParameter.Receipted_message_id(mt.messageId()));
        tlvs.add(new OptionalParameter.Message_state((byte) state.messageState()));
        if (networkErrorCode >= 0) {
            tlvs.add(new OptionalParameter.Network_error_code(
                    OptionalParameter.Network_error_code.Network_error_code_type.GSM, (short) networkErrorCode));
        }
        outbox.add(
                new Outbox.Outgoing(
                        true,
                        mt.destination(),
                        mt.source(),
                        ESM_RECEIPT,
                        (byte) 0x00,
                        text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        tlvs.toArray(OptionalParameter[]::new)),
                Duration.ZERO);
    }
}
