package org.simfleet.radius.codec;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The integrity checks of RADIUS: the MD5 Request and Response Authenticators and the HMAC-MD5
 * Message-Authenticator. Every comparison is constant-time ({@link MessageDigest#isEqual}) so a forger learns
 * nothing from timing. The digests are per thread and reused, so a check allocates nothing but the key spec.
 */
public final class Authenticators {
    private static final byte[] ZEROS = new byte[RadiusPacket.AUTHENTICATOR_LENGTH];
    private static final int AUTH = RadiusPacket.AUTHENTICATOR_OFFSET;
    private static final int AUTH_END = AUTH + RadiusPacket.AUTHENTICATOR_LENGTH;
    private static final ThreadLocal<Digests> DIGESTS = ThreadLocal.withInitial(Digests::new);

    /** What a Message-Authenticator check found. */
    public enum MessageAuthenticator {
        ABSENT,
        /** Present but wrong length, repeated, or the HMAC does not match. */
        INVALID,
        VALID
    }

    private Authenticators() {}

    /**
     * Checks the Request Authenticator of an Accounting-Request (RFC 2866 §3), Disconnect-Request or CoA-Request
     * (RFC 5176 §2.3): MD5(Code + Identifier + Length + 16 zero octets + Attributes + Secret).
     */
    public static boolean verifyRequest(RadiusPacket packet, byte[] secret) {
        byte[] raw = packet.raw;
        Digests d = DIGESTS.get();
        d.md5(raw, ZEROS, 0, secret);
        return MessageDigest.isEqual(d.out, slice(d.expected, raw));
    }

    /**
     * Checks a Response Authenticator (RFC 2865 §3): MD5(Code + Identifier + Length + Request Authenticator +
     * Attributes + Secret), where the Request Authenticator is the one of the request this answers.
     */
    public static boolean verifyResponse(RadiusPacket response, byte[] requestAuthenticator, byte[] secret) {
        byte[] raw = response.raw;
        Digests d = DIGESTS.get();
        d.md5(raw, requestAuthenticator, 0, secret);
        return MessageDigest.isEqual(d.out, slice(d.expected, raw));
    }

    /**
     * Checks the Message-Authenticator of a request (RFC 3579 §3.2): HMAC-MD5 keyed with the secret over the whole
     * packet with the attribute's value taken as 16 zero octets. The authenticator field is taken as it is for an
     * Access-Request, and as 16 zero octets for Accounting, Disconnect and CoA requests (RFC 5176 §3.4), whose
     * Request Authenticator is itself computed over the Message-Authenticator.
     */
    public static MessageAuthenticator checkMessageAuthenticator(RadiusPacket request, byte[] secret) {
        return check(request, secret, request.code() == PacketCode.ACCESS_REQUEST ? null : ZEROS);
    }

    /**
     * Checks the Message-Authenticator of a response, computed with the Request Authenticator of the request it
     * answers in the authenticator field (RFC 3579 §3.2).
     */
    public static MessageAuthenticator checkMessageAuthenticator(
            RadiusPacket response, byte[] secret, byte[] requestAuthenticator) {
        return check(response, secret, requestAuthenticator);
    }

    private static MessageAuthenticator check(RadiusPacket packet, byte[] secret, byte[] authenticator) {
        int found = -1;
        for (int i = 0; i < packet.attributeCount(); i++) {
            if (packet.attributeType(i) == AttributeType.MESSAGE_AUTHENTICATOR) {
                if (found >= 0) {
                    return MessageAuthenticator.INVALID;
                }
                found = i;
            }
        }
        if (found < 0) {
            return MessageAuthenticator.ABSENT;
        }
        int valueOffset = packet.valueOffset(AttributeType.MESSAGE_AUTHENTICATOR);
        if (packet.valueLength(valueOffset) != 16) {
            return MessageAuthenticator.INVALID;
        }
        byte[] raw = packet.raw;
        Digests d = DIGESTS.get();
        if (authenticator == null) {
            d.hmac(raw, raw, AUTH, valueOffset, secret);
        } else {
            d.hmac(raw, authenticator, 0, valueOffset, secret);
        }
        System.arraycopy(raw, valueOffset, d.expected, 0, 16);
        return MessageDigest.isEqual(d.out, d.expected) ? MessageAuthenticator.VALID : MessageAuthenticator.INVALID;
    }

    /**
     * Signs a reply in place: first its Message-Authenticator, if it has one, computed with the request's
     * authenticator in the header (RFC 3579 §3.2), then the Response Authenticator over the result (RFC 2865 §3).
     */
    public static void signResponse(byte[] packet, byte[] requestAuthenticator, byte[] secret) {
        signResponse(packet, requestAuthenticator, 0, secret);
    }

    /** {@link #signResponse(byte[], byte[], byte[])} with the request authenticator at an offset of an array. */
    static void signResponse(byte[] packet, byte[] requestAuthenticator, int authenticatorOffset, byte[] secret) {
        Digests d = DIGESTS.get();
        int ma = messageAuthenticatorValue(packet);
        if (ma > 0) {
            d.hmac(packet, requestAuthenticator, authenticatorOffset, ma, secret);
            System.arraycopy(d.out, 0, packet, ma, 16);
        }
        d.md5(packet, requestAuthenticator, authenticatorOffset, secret);
        System.arraycopy(d.out, 0, packet, AUTH, 16);
    }

    /**
     * Signs an Accounting, Disconnect or CoA request in place: Message-Authenticator over the packet with a zero
     * authenticator (RFC 5176 §3.4), then the Request Authenticator of RFC 2866 §3 / RFC 5176 §2.3.
     */
    public static void signRequest(byte[] packet, byte[] secret) {
        Digests d = DIGESTS.get();
        int ma = messageAuthenticatorValue(packet);
        if (ma > 0) {
            d.hmac(packet, ZEROS, 0, ma, secret);
            System.arraycopy(d.out, 0, packet, ma, 16);
        }
        d.md5(packet, ZEROS, 0, secret);
        System.arraycopy(d.out, 0, packet, AUTH, 16);
    }

    /**
     * Fills the Message-Authenticator of an Access-Request whose random Request Authenticator (RFC 2865 §3) is
     * already in place.
     */
    public static void signAccessRequest(byte[] packet, byte[] secret) {
        int ma = messageAuthenticatorValue(packet);
        if (ma > 0) {
            Digests d = DIGESTS.get();
            d.hmac(packet, packet, AUTH, ma, secret);
            System.arraycopy(d.out, 0, packet, ma, 16);
        }
    }

    /** MD5 of the concatenated parts, for the User-Password hiding of RFC 2865 §5.2. */
    static void md5(byte[] out, byte[] first, byte[] second, int secondOffset, int secondLength) {
        MessageDigest md5 = DIGESTS.get().md5;
        md5.update(first);
        md5.update(second, secondOffset, secondLength);
        try {
            md5.digest(out, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Value offset of the Message-Authenticator in a packet this library built, or -1. */
    private static int messageAuthenticatorValue(byte[] packet) {
        int pos = RadiusPacket.HEADER_LENGTH;
        while (pos + 1 < packet.length) {
            int len = packet[pos + 1] & 0xff;
            if ((packet[pos] & 0xff) == AttributeType.MESSAGE_AUTHENTICATOR && len == 18) {
                return pos + 2;
            }
            if (len < 2) {
                return -1;
            }
            pos += len;
        }
        return -1;
    }

    private static byte[] slice(byte[] into, byte[] packet) {
        System.arraycopy(packet, AUTH, into, 0, 16);
        return into;
    }

    /** One thread's digests and scratch buffers. */
    private static final class Digests {
        final MessageDigest md5;
        final Mac hmacMd5;
        final byte[] out = new byte[16];
        final byte[] expected = new byte[16];

        Digests() {
            try {
                md5 = MessageDigest.getInstance("MD5");
                hmacMd5 = Mac.getInstance("HmacMD5");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("MD5 and HmacMD5 are mandatory JDK algorithms", e);
            }
        }

        /** out = MD5(header + authenticator + attributes + secret). */
        void md5(byte[] packet, byte[] authenticator, int authenticatorOffset, byte[] secret) {
            md5.update(packet, 0, AUTH);
            md5.update(authenticator, authenticatorOffset, 16);
            md5.update(packet, AUTH_END, packet.length - AUTH_END);
            md5.update(secret);
            try {
                md5.digest(out, 0, 16);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** out = HMAC-MD5(secret, packet with authenticator in place and the 16 octets at {@code zeroed} zero). */
        void hmac(byte[] packet, byte[] authenticator, int authenticatorOffset, int zeroed, byte[] secret) {
            try {
                hmacMd5.init(new SecretKeySpec(secret, "HmacMD5"));
                hmacMd5.update(packet, 0, AUTH);
                hmacMd5.update(authenticator, authenticatorOffset, 16);
                hmacMd5.update(packet, AUTH_END, zeroed - AUTH_END);
                hmacMd5.update(ZEROS);
                hmacMd5.update(packet, zeroed + 16, packet.length - zeroed - 16);
                hmacMd5.doFinal(out, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
