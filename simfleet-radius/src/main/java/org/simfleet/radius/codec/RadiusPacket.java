package org.simfleet.radius.codec;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One RADIUS packet as it came off the wire (RFC 2865 §3): code, identifier, length, authenticator and attributes.
 * The packet keeps its raw octets and an index of where each attribute starts; values are decoded only when asked
 * for, so a request the application reads three attributes of costs three small decodes.
 *
 * <p>An attribute whose value has the wrong size for its type (a 5-octet NAS-IP-Address, say) is not a reason to
 * drop the packet: RFC 6929 §2.8 says to treat it as an "invalid attribute", so the typed getters answer as if it
 * were absent while {@link #attribute(int)} still returns its raw bytes.
 */
public final class RadiusPacket {
    public static final int HEADER_LENGTH = 20;
    /** RFC 2865 §3: "The maximum length is 4096." */
    public static final int MAX_LENGTH = 4096;

    public static final int AUTHENTICATOR_OFFSET = 4;
    public static final int AUTHENTICATOR_LENGTH = 16;
    /** What the integer getters answer for an absent or invalid attribute; values are unsigned 32-bit. */
    public static final long ABSENT = -1;

    final byte[] raw;
    private final int[] offsets;

    private RadiusPacket(byte[] raw, int[] offsets) {
        this.raw = raw;
        this.offsets = offsets;
    }

    /**
     * Parses the packet in {@code data} (its remaining bytes, a whole datagram) and copies it, or returns {@code null}
     * when it is malformed: shorter than 20 octets, a Length field outside 20..4096 or beyond the datagram, or
     * attributes that do not tile the packet exactly with lengths of at least 2 (RFC 2865 §3 and §5). Octets past the
     * Length field are padding and ignored (RFC 2865 §3). Never throws on hostile input.
     */
    public static RadiusPacket parse(ByteBuffer data) {
        int start = data.position();
        int available = data.remaining();
        if (available < HEADER_LENGTH) {
            return null;
        }
        int length = ((data.get(start + 2) & 0xff) << 8) | (data.get(start + 3) & 0xff);
        if (length < HEADER_LENGTH || length > MAX_LENGTH || length > available) {
            return null;
        }
        byte[] raw = new byte[length];
        data.get(start, raw, 0, length);
        return index(raw);
    }

    /** Parses a copy of {@code data}; see {@link #parse(ByteBuffer)}. */
    public static RadiusPacket parse(byte[] data) {
        return parse(ByteBuffer.wrap(data));
    }

    /** Walks the attributes twice: once to validate and count, once to record offsets. */
    private static RadiusPacket index(byte[] raw) {
        int count = 0;
        int pos = HEADER_LENGTH;
        while (pos < raw.length) {
            if (pos + 2 > raw.length) {
                return null;
            }
            int attributeLength = raw[pos + 1] & 0xff;
            if (attributeLength < 2 || pos + attributeLength > raw.length) {
                return null;
            }
            pos += attributeLength;
            count++;
        }
        int[] offsets = new int[count];
        pos = HEADER_LENGTH;
        for (int i = 0; i < count; i++) {
            offsets[i] = pos;
            pos += raw[pos + 1] & 0xff;
        }
        return new RadiusPacket(raw, offsets);
    }

    public int code() {
        return raw[0] & 0xff;
    }

    public int identifier() {
        return raw[1] & 0xff;
    }

    public int length() {
        return raw.length;
    }

    public byte[] authenticator() {
        return Arrays.copyOfRange(raw, AUTHENTICATOR_OFFSET, AUTHENTICATOR_OFFSET + AUTHENTICATOR_LENGTH);
    }

    /** A copy of the packet's octets, exactly {@link #length()} long. */
    public byte[] bytes() {
        return raw.clone();
    }

    public int attributeCount() {
        return offsets.length;
    }

    /** The type of the {@code index}-th attribute, in wire order. */
    public int attributeType(int index) {
        return raw[offsets[index]] & 0xff;
    }

    /** A copy of the value of the {@code index}-th attribute, in wire order. */
    public byte[] attributeValue(int index) {
        int off = offsets[index];
        return Arrays.copyOfRange(raw, off + 2, off + (raw[off + 1] & 0xff));
    }

    /** A copy of the first value of {@code type}, or {@code null}. */
    public byte[] attribute(int type) {
        int off = valueOffset(type);
        return off < 0 ? null : Arrays.copyOfRange(raw, off, off + valueLength(off));
    }

    /** Copies of every value of {@code type}, in wire order (Class and Proxy-State may repeat). */
    public List<byte[]> attributes(int type) {
        List<byte[]> values = new ArrayList<>(2);
        for (int off : offsets) {
            if ((raw[off] & 0xff) == type) {
                values.add(Arrays.copyOfRange(raw, off + 2, off + (raw[off + 1] & 0xff)));
            }
        }
        return values;
    }

    /** The first value of a text attribute (RFC 2865 §5: UTF-8), or {@code null}. */
    public String string(int type) {
        return utf8(valueOffset(type));
    }

    /** The first value of an integer attribute as an unsigned 32-bit number, or {@link #ABSENT}. */
    public long integer(int type) {
        return uint32(valueOffset(type));
    }

    /** The first value of an IPv4 address attribute, or {@code null}. */
    public Inet4Address address(int type) {
        return ipv4(valueOffset(type));
    }

    /** A copy of the first sub-attribute {@code vendorType} of {@code vendorId} (RFC 2865 §5.26), or {@code null}. */
    public byte[] vendorAttribute(int vendorId, int vendorType) {
        int off = vendorValueOffset(vendorId, vendorType);
        return off < 0 ? null : Arrays.copyOfRange(raw, off, off + valueLength(off));
    }

    public String vendorString(int vendorId, int vendorType) {
        return utf8(vendorValueOffset(vendorId, vendorType));
    }

    /** A 4-octet vendor integer as unsigned, or {@link #ABSENT}. */
    public long vendorInteger(int vendorId, int vendorType) {
        return uint32(vendorValueOffset(vendorId, vendorType));
    }

    /** A 1-octet vendor value (3GPP-RAT-Type, for one), or {@link #ABSENT}. */
    public long vendorOctet(int vendorId, int vendorType) {
        int off = vendorValueOffset(vendorId, vendorType);
        return off < 0 || valueLength(off) != 1 ? ABSENT : raw[off] & 0xff;
    }

    public Inet4Address vendorAddress(int vendorId, int vendorType) {
        return ipv4(vendorValueOffset(vendorId, vendorType));
    }

    /** Total octets (headers included) of every {@code type} attribute, to size a reply that copies them. */
    public int attributesLength(int type) {
        int total = 0;
        for (int off : offsets) {
            if ((raw[off] & 0xff) == type) {
                total += raw[off + 1] & 0xff;
            }
        }
        return total;
    }

    /** Copies every {@code type} attribute, headers included and in order, into {@code dest}; returns the count. */
    public int copyAttributes(int type, byte[] dest, int destOffset) {
        int pos = destOffset;
        for (int off : offsets) {
            if ((raw[off] & 0xff) == type) {
                int len = raw[off + 1] & 0xff;
                System.arraycopy(raw, off, dest, pos, len);
                pos += len;
            }
        }
        return pos - destOffset;
    }

    /** Offset of the first value of {@code type}, or -1. */
    int valueOffset(int type) {
        for (int off : offsets) {
            if ((raw[off] & 0xff) == type) {
                return off + 2;
            }
        }
        return -1;
    }

    /** The value length at a value offset: the octet before a value is always its (sub-)attribute length. */
    int valueLength(int valueOffset) {
        return (raw[valueOffset - 1] & 0xff) - 2;
    }

    /**
     * Offset of the first matching vendor sub-attribute value, or -1. A Vendor-Specific attribute may carry several
     * sub-attributes (RFC 2865 §5.26); one whose sub-attributes do not tile it exactly is opaque and skipped.
     */
    int vendorValueOffset(int vendorId, int vendorType) {
        for (int off : offsets) {
            int end = off + (raw[off + 1] & 0xff);
            if ((raw[off] & 0xff) != AttributeType.VENDOR_SPECIFIC || end - off < 8 || readInt(off + 2) != vendorId) {
                continue;
            }
            int found = -1;
            int pos = off + 6;
            while (pos < end) {
                int subLength = pos + 1 < end ? raw[pos + 1] & 0xff : 0;
                if (subLength < 2 || pos + subLength > end) {
                    found = -1;
                    break;
                }
                if (found < 0 && (raw[pos] & 0xff) == vendorType) {
                    found = pos + 2;
                }
                pos += subLength;
            }
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    private String utf8(int off) {
        return off < 0 ? null : new String(raw, off, valueLength(off), StandardCharsets.UTF_8);
    }

    private long uint32(int off) {
        return off < 0 || valueLength(off) != 4 ? ABSENT : readInt(off) & 0xffffffffL;
    }

    private Inet4Address ipv4(int off) {
        if (off < 0 || valueLength(off) != 4) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(raw, off, off + 4));
        } catch (UnknownHostException impossibleForFourOctets) {
            throw new IllegalStateException(impossibleForFourOctets);
        }
    }

    private int readInt(int off) {
        return ((raw[off] & 0xff) << 24)
                | ((raw[off + 1] & 0xff) << 16)
                | ((raw[off + 2] & 0xff) << 8)
                | (raw[off + 3] & 0xff);
    }

    @Override
    public String toString() {
        return PacketCode.name(code()) + " id=" + identifier() + " length=" + length() + " attributes="
                + offsets.length;
    }
}
