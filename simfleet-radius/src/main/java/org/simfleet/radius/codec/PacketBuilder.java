package org.simfleet.radius.codec;

/**
 * Assembles and signs whole packets: replies to a received request, and requests this library sends. A
 * Message-Authenticator, when asked for, is always the first attribute, as the BlastRADIUS mitigation (CVE-2024-3596,
 * draft-ietf-radext-deprecating-radius) recommends, so that no chosen prefix precedes it.
 */
public final class PacketBuilder {
    private static final int MESSAGE_AUTHENTICATOR_LENGTH = 18;
    private static final EncodedAttributes NONE = new EncodedAttributes() {
        @Override
        public int encodedLength() {
            return 0;
        }

        @Override
        public void copyEncoded(byte[] dest, int offset) {}
    };

    private PacketBuilder() {}

    /**
     * A reply to {@code request}: its identifier, then an optional Message-Authenticator, {@code attributes}, and a
     * copy of every Proxy-State of the request in order (RFC 2865 §5.33), signed with {@code secret}.
     *
     * @throws IllegalArgumentException if the reply would exceed 4096 octets
     */
    public static byte[] response(
            int code, RadiusPacket request, EncodedAttributes attributes, boolean messageAuthenticator, byte[] secret) {
        EncodedAttributes attrs = attributes == null ? NONE : attributes;
        int ma = messageAuthenticator ? MESSAGE_AUTHENTICATOR_LENGTH : 0;
        int proxyState = request.attributesLength(AttributeType.PROXY_STATE);
        byte[] packet = header(code, request.identifier(), ma + attrs.encodedLength() + proxyState);
        int pos = RadiusPacket.HEADER_LENGTH + writeMessageAuthenticator(packet, ma);
        attrs.copyEncoded(packet, pos);
        pos += attrs.encodedLength();
        request.copyAttributes(AttributeType.PROXY_STATE, packet, pos);
        Authenticators.signResponse(packet, request.raw, RadiusPacket.AUTHENTICATOR_OFFSET, secret);
        return packet;
    }

    /**
     * An Accounting-Request, Disconnect-Request or CoA-Request: optional Message-Authenticator first, then {@code
     * attributes}, signed per RFC 2866 §3 / RFC 5176 §2.3.
     */
    public static byte[] request(
            int code, int identifier, EncodedAttributes attributes, boolean messageAuthenticator, byte[] secret) {
        if (code == PacketCode.ACCESS_REQUEST) {
            throw new IllegalArgumentException("an Access-Request needs a random authenticator: use accessRequest");
        }
        int ma = messageAuthenticator ? MESSAGE_AUTHENTICATOR_LENGTH : 0;
        byte[] packet = header(code, identifier, ma + attributes.encodedLength());
        int pos = RadiusPacket.HEADER_LENGTH + writeMessageAuthenticator(packet, ma);
        attributes.copyEncoded(packet, pos);
        Authenticators.signRequest(packet, secret);
        return packet;
    }

    /**
     * An Access-Request with the given random Request Authenticator (RFC 2865 §3; any User-Password in {@code
     * attributes} must have been hidden with it) and, when asked for, a Message-Authenticator first (RFC 3579 §3.2).
     * Leaving it out builds what pre-BlastRADIUS clients send, which servers should refuse.
     */
    public static byte[] accessRequest(
            int identifier,
            byte[] authenticator,
            EncodedAttributes attributes,
            boolean messageAuthenticator,
            byte[] secret) {
        int ma = messageAuthenticator ? MESSAGE_AUTHENTICATOR_LENGTH : 0;
        byte[] packet = header(PacketCode.ACCESS_REQUEST, identifier, ma + attributes.encodedLength());
        System.arraycopy(authenticator, 0, packet, RadiusPacket.AUTHENTICATOR_OFFSET, 16);
        int pos = RadiusPacket.HEADER_LENGTH + writeMessageAuthenticator(packet, ma);
        attributes.copyEncoded(packet, pos);
        Authenticators.signAccessRequest(packet, secret);
        return packet;
    }

    private static byte[] header(int code, int identifier, int attributesLength) {
        int length = RadiusPacket.HEADER_LENGTH + attributesLength;
        if (length > RadiusPacket.MAX_LENGTH) {
            throw new IllegalArgumentException("a RADIUS packet is at most 4096 octets, this one would be " + length);
        }
        byte[] packet = new byte[length];
        packet[0] = (byte) code;
        packet[1] = (byte) identifier;
        packet[2] = (byte) (length >>> 8);
        packet[3] = (byte) length;
        return packet;
    }

    /** Writes an all-zero Message-Authenticator placeholder, filled in when the packet is signed. */
    private static int writeMessageAuthenticator(byte[] packet, int length) {
        if (length > 0) {
            packet[RadiusPacket.HEADER_LENGTH] = (byte) AttributeType.MESSAGE_AUTHENTICATOR;
            packet[RadiusPacket.HEADER_LENGTH + 1] = (byte) MESSAGE_AUTHENTICATOR_LENGTH;
        }
        return length;
    }
}
