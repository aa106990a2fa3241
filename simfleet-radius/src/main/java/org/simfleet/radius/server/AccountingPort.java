package org.simfleet.radius.server;

import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import org.simfleet.radius.AccountingHandler;
import org.simfleet.radius.AccountingRequest;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * The accounting port: Accounting-Request in, Accounting-Response out once the application says the record is
 * durable (RFC 2866 §4). The Request Authenticator is an MD5 over the whole packet and the secret (RFC 2866 §3), so
 * it authenticates the request; a Message-Authenticator, which gateways may add, must verify as well.
 */
final class AccountingPort implements UdpEndpoint.DatagramHandler {
    private static final System.Logger LOG = System.getLogger(AccountingPort.class.getName());

    private final Admission admission;
    private final AccountingHandler handler;
    private final ServerCounters counters;
    private final UdpEndpoint endpoint;

    AccountingPort(Admission admission, AccountingHandler handler, ServerCounters counters, UdpEndpoint endpoint) {
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
        RadiusPacket packet = admission.parse(datagram, PacketCode.ACCOUNTING_REQUEST);
        if (packet == null) {
            return;
        }
        byte[] secret = nas.secret();
        if (!Authenticators.verifyRequest(packet, secret)) {
            counters.countDropped(DropReason.BAD_AUTHENTICATOR);
            return;
        }
        if (Authenticators.checkMessageAuthenticator(packet, secret) == Authenticators.MessageAuthenticator.INVALID) {
            counters.countDropped(DropReason.INVALID_MESSAGE_AUTHENTICATOR);
            return;
        }
        DuplicateCache.Entry entry = admission.claim(packet, source, endpoint);
        if (entry == null) {
            return;
        }
        CompletionStage<Void> stored;
        try {
            stored = handler.account(new AccountingRequest(packet, nas, source));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "accounting handler threw for " + packet, e);
            admission.fail(entry);
            return;
        }
        if (stored == null) {
            admission.fail(entry);
            return;
        }
        stored.whenComplete((ignored, error) -> {
            if (error != null) {
                LOG.log(Level.DEBUG, () -> "accounting record not stored: " + packet, error);
                admission.fail(entry);
                return;
            }
            // RFC 2866 §4.2: an Accounting-Response carries no attributes but Proxy-State and vendor ones.
            byte[] reply = PacketBuilder.response(PacketCode.ACCOUNTING_RESPONSE, packet, null, false, secret);
            counters.countAcknowledged();
            admission.reply(entry, reply, source, endpoint);
        });
    }
}
