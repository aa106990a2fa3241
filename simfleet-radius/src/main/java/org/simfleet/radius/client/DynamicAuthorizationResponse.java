package org.simfleet.radius.client;

import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * A verified answer of a gateway's DAS: Disconnect-ACK/NAK or CoA-ACK/NAK (RFC 5176 §2).
 *
 * @param packet the reply as received, its Response Authenticator checked against the request's
 */
public record DynamicAuthorizationResponse(RadiusPacket packet) {
    /** True for Disconnect-ACK and CoA-ACK: the session is gone or changed. */
    public boolean acknowledged() {
        int code = packet.code();
        return code == PacketCode.DISCONNECT_ACK || code == PacketCode.COA_ACK;
    }

    public int code() {
        return packet.code();
    }

    /**
     * The Error-Cause of a NAK (RFC 5176 §3.5: 503 Session Context Not Found, 506 Resources Unavailable…), or
     * {@code null}.
     */
    public Long errorCause() {
        long cause = packet.integer(AttributeType.ERROR_CAUSE);
        return cause == RadiusPacket.ABSENT ? null : cause;
    }

    @Override
    public String toString() {
        Long cause = errorCause();
        return PacketCode.name(code()) + (cause == null ? "" : " Error-Cause " + cause);
    }
}
