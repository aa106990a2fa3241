package org.simfleet.simulator.smsc;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.simfleet.smpp.codec.SmsDecoder;
import org.simfleet.smpp.codec.UserDataHeader;

/**
 * Answers submit_sm: faults first (slow answers, throttling), then the handset's verdict (a refusal is answered at
 * once), then a fresh message id. The part's fate is scheduled only once its submit_sm_resp has been written, so no
 * receipt can overtake its own response.
 */
final class SubmitHandler implements ServerMessageReceiverListener, ServerResponseDeliveryListener {
    private final SmscConfig config;
    private final Faults faults;
    private final RadioNetwork network;
    private final Map<String, Submitted> awaitingResp = new ConcurrentHashMap<>();
    private final Map<String, Integer> seenKeys = new ConcurrentHashMap<>();
    private final long idBase = ThreadLocalRandom.current().nextLong(1L << 40);
    private final AtomicLong ids = new AtomicLong();

    final AtomicLong submits = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();
    final AtomicLong enquireLinks = new AtomicLong();
    final AtomicLong maxInProgress = new AtomicLong();
    private final AtomicLong inProgress = new AtomicLong();

    SubmitHandler(SmscConfig config, Faults faults, RadioNetwork network) {
        this.config = config;
        this.faults = faults;
        this.network = network;
    }

    /** How many accepted submits carried {@code key}. */
    int submitsWithKey(String key) {
        return seenKeys.getOrDefault(key, 0);
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm sm, SMPPServerSession source) throws ProcessRequestException {
        submits.incrementAndGet();
        long now = inProgress.incrementAndGet();
        maxInProgress.accumulateAndGet(now, Math::max);
        try {
            return answer(sm);
        } finally {
            inProgress.decrementAndGet();
        }
    }

    @Override
    public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
        enquireLinks.incrementAndGet();
    }

    private SubmitSmResult answer(SubmitSm sm) throws ProcessRequestException {
        long slow = faults.slowResponseMillis;
        if (slow > 0) {
            try {
                Thread.sleep(slow);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (faults.throttle(System.nanoTime())) {
            throttled.incrementAndGet();
            throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
        }
        Delivery fate = config.handsets().delivery(sm.getDestAddress());
        if (fate instanceof Delivery.Rejected r) {
            throw new ProcessRequestException("refused by the simulated network", r.commandStatus());
        }
        byte[] body = sm.getShortMessage() == null ? new byte[0] : sm.getShortMessage();
        byte[] userData = body;
        int reference = 0;
        int total = 1;
        int sequence = 1;
        if (sm.isUdhi()) {
            UserDataHeader.Parsed udh = UserDataHeader.parse(body);
            if (udh == null) {
                throw new ProcessRequestException("malformed user data header", SMPPConstant.STAT_ESME_RINVMSGLEN);
            }
            userData = java.util.Arrays.copyOfRange(body, udh.length(), body.length);
            if (udh.concatenation() != null) {
                reference = udh.concatenation().reference();
                total = udh.concatenation().total();
                sequence = udh.concatenation().sequence();
            }
        }
        String text = SmsDecoder.text(sm.getDataCoding(), userData);
        String id = Long.toHexString(idBase + ids.incrementAndGet());
        Instant now = Instant.now();
        Instant expiry = ValidityPeriod.expiry(sm.getValidityPeriod(), now);
        int receipts = sm.getRegisteredDelivery() & 0x03; // §5.2.17: 1 = on success or failure, 2 = on failure
        Submitted mt = new Submitted(
                id,
                sm.getSourceAddr(),
                sm.getDestAddress(),
                sm.getDataCoding(),
                userData,
                reference,
                total,
                sequence,
                text == null ? "" : text,
                receipts == 1,
                receipts == 1 || receipts == 2,
                now,
                expiry != null ? expiry : now.plus(config.defaultValidity()),
                fate);
        countKey(text, sm.getDestAddress(), sequence);
        accepted.incrementAndGet();
        awaitingResp.put(id, mt);
        try {
            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("message id", SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    private void countKey(String text, String destination, int sequence) {
        String key = text == null ? null : config.duplicateKey().apply(text);
        if (key == null) {
            return;
        }
        int seen = seenKeys.merge(key + (sequence > 1 ? "#" + sequence : ""), 1, Integer::sum);
        if (seen > 1) {
            duplicates.incrementAndGet();
        }
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
        scheduleFate(result);
    }

    @Override
    public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession source) {
        // The ESME did not get the response, but the SMSC took the message: it is delivered all the same.
        scheduleFate(result);
    }

    private void scheduleFate(SubmitSmResult result) {
        Submitted mt = awaitingResp.remove(result.getMessageId());
        if (mt != null) {
            network.accepted(mt);
        }
    }

    @Override
    public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {}

    @Override
    public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession source) {}

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported();
    }

    private static ProcessRequestException unsupported() {
        return new ProcessRequestException("not simulated", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
