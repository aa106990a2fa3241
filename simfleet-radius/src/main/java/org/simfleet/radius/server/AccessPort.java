package org.simfleet.radius.server;

import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccessHandler;
import org.simfleet.radius.AccessRequest;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * The authentication port: Access-Request in, Access-Accept or Access-Reject out (RFC 2865 §4). An Access-Request's
 * own authenticator is random and proves nothing, so the Message-Authenticator (RFC 3579 §3.2) is what authenticates
 * it, and since BlastRADIUS (CVE-2024-3596) one without it is dropped rather than trusted.
 */
final class AccessPort implements UdpEndpoint.DatagramHandler {
    private static final System.Logger LOG = System.getLogger(AccessPort.class.getName());

    private final Admission admission;
    private final AccessHandler handler;
    private final ServerCounters counters;
    private final UdpEndpoint endpoint;

    AccessPort(Admission admission, AccessHandler handler, ServerCounters counters, UdpEndpoint endpoint) {
        this.admission = admission;
        this.handler = handler;
        this.counters = counters;
        this.endpoint = endpoint;
    }

    @Override
    public void handle(ByteBuffer datagram, InetSocketAddress source) {
        NasClient nas = admission.arrived(source);
        if (nas == null) {
            return;
        }
        RadiusPacket packet = admission.parse(datagram, PacketCode.ACCESS_REQUEST);
        if (packet == null) {
            return;
        }
        byte[] secret = nas.secret();
        switch (Authenticators.checkMessageAuthenticator(packet, secret)) {
            case ABSENT -> {
                counters.countDropped(DropReason.MISSING_MESSAGE_AUTHENTICATOR);
                return;
            }
            case INVALID -> {
                counters.countDropped(DropReason.INVALID_MESSAGE_AUTHENTICATOR);
                return;
            }
            case VALID -> {}
        }
        DuplicateCache.Entry entry = admission.claim(packet, source, endpoint);
        if (entry == null) {
            return;
        }
        CompletionStage<AccessDecision> decision;
        try {
            decision = handler.authorize(new AccessRequest(packet, nas, source));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "access handler threw for " + packet, e);
            admission.fail(entry);
            return;
        }
        if (decision == null) {
            admission.fail(entry);
            return;
        }
        decision.whenComplete((answer, error) -> answer(entry, packet, secret, source, answer, error));
    }

    private void answer(
            DuplicateCache.Entry entry,
            RadiusPacket request,
            byte[] secret,
            InetSocketAddress source,
            AccessDecision decision,
            Throwable error) {
        if (error != null || decision == null) {
            LOG.log(Level.DEBUG, () -> "no access decision for " + request, error);
            admission.fail(entry);
            return;
        }
        byte[] reply;
        try {
            int code = decision.accepted() ? PacketCode.ACCESS_ACCEPT : PacketCode.ACCESS_REJECT;
            reply = PacketBuilder.response(code, request, decision, true, secret);
        } catch (RuntimeException tooLong) {
            // A decision too long for one packet is the application's bug; failing the entry (rather than letting
            // the exception vanish in the stage) keeps retransmissions from being dropped as "in progress".
            LOG.log(Level.WARNING, () -> "access decision does not fit a packet: " + decision, tooLong);
            admission.fail(entry);
            return;
        }
        if (decision.accepted()) {
            counters.countAccepted();
        } else {
            counters.countRejected();
        }
        admission.reply(entry, reply, source, endpoint);
    }
}
