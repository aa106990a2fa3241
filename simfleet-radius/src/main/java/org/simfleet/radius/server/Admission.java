package org.simfleet.radius.server;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.NasDirectory;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * The checks both ports make before a request is theirs: a known source, a well-formed packet of the port's code,
 * and not a retransmission. Each refusal is counted under its reason and the datagram is dropped silently.
 */
final class Admission {
    private final NasDirectory directory;
    private final DuplicateCache duplicates;
    private final ServerCounters counters;

    Admission(NasDirectory directory, DuplicateCache duplicates, ServerCounters counters) {
        this.directory = directory;
        this.duplicates = duplicates;
        this.counters = counters;
    }

    /** Counts a datagram as received and finds the NAS it came from, or returns {@code null} (counted). */
    NasClient arrived(InetSocketAddress source) {
        counters.countReceived();
        NasClient nas;
        try {
            nas = directory.find(source.getAddress());
        } catch (RuntimeException e) {
            nas = null;
        }
        if (nas == null) {
            counters.countDropped(DropReason.UNKNOWN_SOURCE);
        }
        return nas;
    }

    /** The packet if it is well-formed and of {@code code}, or {@code null} (counted). */
    RadiusPacket parse(ByteBuffer datagram, int code) {
        RadiusPacket packet = RadiusPacket.parse(datagram);
        if (packet == null) {
            counters.countDropped(DropReason.MALFORMED);
        } else if (packet.code() != code) {
            counters.countDropped(DropReason.UNSUPPORTED_CODE);
            return null;
        }
        return packet;
    }

    /**
     * Claims an authenticated request for processing (RFC 5080 §2.2.2). Returns the caller's entry, or {@code null}
     * when the request is a retransmission: dropped while the first copy is in progress, answered with the cached
     * reply after.
     */
    DuplicateCache.Entry claim(RadiusPacket packet, InetSocketAddress source, UdpEndpoint endpoint) {
        DuplicateCache.Entry mine =
                duplicates.entry(source, packet.code(), packet.identifier(), packet.authenticator());
        DuplicateCache.Entry earlier = duplicates.claim(mine);
        if (earlier == null) {
            return mine;
        }
        byte[] reply = earlier.reply();
        if (reply == null) {
            counters.countDropped(DropReason.DUPLICATE_IN_PROGRESS);
        } else {
            counters.countDuplicateAnswered();
            if (!endpoint.send(reply, source)) {
                counters.countSendFailure();
            }
        }
        return null;
    }

    /** Records a reply and sends it. */
    void reply(DuplicateCache.Entry entry, byte[] reply, InetSocketAddress target, UdpEndpoint endpoint) {
        duplicates.complete(entry, reply);
        if (!endpoint.send(reply, target)) {
            counters.countSendFailure();
        }
    }

    /** Records a request that ends without a reply, so its retransmission is processed afresh. */
    void fail(DuplicateCache.Entry entry) {
        duplicates.abandon(entry);
        counters.countHandlerFailure();
    }
}
