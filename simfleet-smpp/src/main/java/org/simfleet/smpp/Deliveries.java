package org.simfleet.smpp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.simfleet.smpp.codec.SmsDecoder;
import org.simfleet.smpp.codec.UserDataHeader;

/**
 * What the SMSC delivers, handed to the application: receipts at once, MO messages once whole. Each deliver_sm is
 * answered when the listener's stage completes: ESME_ROK, or ESME_RX_T_APPN (0x64) when the stage fails so that the
 * SMSC redelivers. A deliver_sm that cannot be read is answered ESME_RX_R_APPN (0x66, permanent): redelivering it
 * would not make it readable. An MO part stored after its connection fell is recognised when the SMSC delivers it
 * again ({@link StoredUnanswered}) and only answered.
 */
final class Deliveries {
    /**
     * Incomplete MO messages kept at once: a few MB at 160 octets a part, far above what a fleet sends in the
     * seconds its parts take to arrive.
     */
    static final int MAX_INCOMPLETE = 4_096;

    /**
     * How long the parts of an MO message may take to arrive. The SMSC sends them back to back; a minute covers
     * redelivery after a reconnect while staying under the time SMSCs wait for deliver_sm_resp before resending.
     */
    static final long ASSEMBLY_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final SmsListener listener;
    private final Counters counters;
    private final MoAssembler assembler;

    /** Sends the deliver_sm_resp of one deliver_sm; answers whether it went out (false: the connection is gone). */
    @FunctionalInterface
    interface Responder {
        boolean respond(int commandStatus);
    }

    private final StoredUnanswered storedUnanswered = new StoredUnanswered();

    Deliveries(SmsListener listener, Counters counters) {
        this.listener = listener;
        this.counters = counters;
        this.assembler = new MoAssembler(MAX_INCOMPLETE, ASSEMBLY_TIMEOUT_NANOS);
    }

    void deliver(DeliverSm sm, Responder responder) {
        if (ReceiptReader.isReceipt(sm.getEsmClass())) {
            receipt(sm, responder);
        } else {
            message(sm, responder);
        }
    }

    void expire(long nowNanos) {
        for (Responder r : assembler.expire(nowNanos)) {
            r.respond(SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void receipt(DeliverSm sm, Responder responder) {
        DeliveryReceipt receipt = ReceiptReader.read(sm);
        if (receipt == null) {
            counters.malformed.increment();
            responder.respond(SMPPConstant.STAT_ESME_RX_R_APPN);
            return;
        }
        counters.receipts.increment();
        CompletionStage<Void> stage;
        try {
            stage = listener.onReceipt(receipt);
        } catch (RuntimeException e) {
            stage = null;
        }
        answerWhenDone(stage, List.of(responder));
    }

    private void message(DeliverSm sm, Responder responder) {
        OptionalParameter[] tlvs = sm.getOptionalParameters();
        byte[] body = sm.getShortMessage();
        if (body == null || body.length == 0) {
            byte[] payload = Tlvs.value(tlvs, Tlvs.MESSAGE_PAYLOAD);
            body = payload == null ? new byte[0] : payload;
        }
        int reference = -1;
        int total = 1;
        int sequence = 1;
        byte[] userData = body;
        if ((sm.getEsmClass() & SubmitPdu.ESM_UDHI) != 0) {
            UserDataHeader.Parsed udh = UserDataHeader.parse(body);
            if (udh == null) {
                counters.malformed.increment();
                responder.respond(SMPPConstant.STAT_ESME_RX_R_APPN);
                return;
            }
            userData = java.util.Arrays.copyOfRange(body, udh.length(), body.length);
            if (udh.concatenation() != null) {
                reference = udh.concatenation().reference();
                total = udh.concatenation().total();
                sequence = udh.concatenation().sequence();
            }
        } else {
            int ref = Tlvs.unsigned(tlvs, Tlvs.SAR_MSG_REF_NUM);
            int t = Tlvs.unsigned(tlvs, Tlvs.SAR_TOTAL_SEGMENTS);
            int s = Tlvs.unsigned(tlvs, Tlvs.SAR_SEGMENT_SEQNUM);
            if (ref >= 0 && t >= 1 && s >= 1 && s <= t) {
                reference = ref;
                total = t;
                sequence = s;
            }
        }
        String source = sm.getSourceAddr() == null ? "" : sm.getSourceAddr();
        String destination = sm.getDestAddress() == null ? "" : sm.getDestAddress();
        StoredUnanswered.Part part = new StoredUnanswered.Part(
                source, destination, sm.getDataCoding(), reference, total, sequence, userData);
        storedUnanswered
                .arrived(part, System.nanoTime(), arrival -> part(part, tracked(responder, arrival)))
                .thenAccept(redelivery -> {
                    if (redelivery) {
                        counters.moRedelivered.increment();
                        if (!responder.respond(SMPPConstant.STAT_ESME_ROK)) {
                            storedUnanswered.stillUnanswered(part, System.nanoTime());
                        }
                    }
                });
    }

    private void part(StoredUnanswered.Part r, Responder responder) {
        if (r.total() == 1) {
            hand(r.source(), r.destination(), r.dataCoding(), r.userData(), 1, List.of(responder));
            return;
        }
        List<Responder> dropped = new ArrayList<>();
        MoAssembler.Complete complete = assembler.add(
                new MoAssembler.Key(r.source(), r.destination(), r.reference(), r.total()),
                new MoAssembler.Part(r.sequence(), r.userData(), r.dataCoding(), responder),
                System.nanoTime(),
                dropped);
        for (Responder d : dropped) {
            d.respond(SMPPConstant.STAT_ESME_RX_T_APPN);
        }
        if (complete == null) {
            return;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream(r.total() * 160);
        List<Responder> responders = new ArrayList<>(complete.superseded());
        byte first = complete.parts().get(0).dataCoding();
        for (MoAssembler.Part p : complete.parts()) {
            joined.writeBytes(p.userData());
            responders.add(p.responder());
        }
        hand(r.source(), r.destination(), first, joined.toByteArray(), r.total(), responders);
    }

    /** {@code responder}, telling {@code arrival} whether its answer went out. */
    private static Responder tracked(Responder responder, StoredUnanswered.Arrival arrival) {
        return status -> {
            boolean sent = responder.respond(status);
            arrival.answered(status, sent);
            return sent;
        };
    }

    private void hand(
            String source, String destination, byte dataCoding, byte[] userData, int parts, List<Responder> rs) {
        String text = SmsDecoder.text(dataCoding, userData);
        InboundSms sms = new InboundSms(source, destination, text, userData, dataCoding, parts);
        counters.mo.increment();
        CompletionStage<Void> stage;
        try {
            stage = listener.onMessage(sms);
        } catch (RuntimeException e) {
            stage = null;
        }
        answerWhenDone(stage, rs);
    }

    private void answerWhenDone(CompletionStage<Void> stage, List<Responder> responders) {
        if (stage == null) {
            counters.deliverErrors.increment();
            responders.forEach(r -> r.respond(SMPPConstant.STAT_ESME_RX_T_APPN));
            return;
        }
        stage.whenComplete((ok, failure) -> {
            if (failure != null) {
                counters.deliverErrors.increment();
            }
            int status = failure == null ? SMPPConstant.STAT_ESME_ROK : SMPPConstant.STAT_ESME_RX_T_APPN;
            responders.forEach(r -> r.respond(status));
        });
    }
}
