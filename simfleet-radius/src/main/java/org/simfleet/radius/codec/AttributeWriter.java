package org.simfleet.radius.codec;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes attributes into wire form (RFC 2865 §5): type, length, value. Values must be 1..253 octets (RFC 2865 §5
 * data types) and vendor values 1..247, since the vendor header takes six more (RFC 2865 §5.26). Not thread-safe;
 * build, then hand over.
 */
public final class AttributeWriter implements EncodedAttributes {
    private static final int MAX_VALUE = 253;
    private static final int MAX_VENDOR_VALUE = MAX_VALUE - 6;

    private byte[] buf = new byte[64];
    private int size;

    public AttributeWriter add(int type, byte[] value) {
        checkType(type);
        checkValue(value.length, MAX_VALUE);
        ensure(2 + value.length);
        buf[size++] = (byte) type;
        buf[size++] = (byte) (2 + value.length);
        System.arraycopy(value, 0, buf, size, value.length);
        size += value.length;
        return this;
    }

    /** A text attribute, UTF-8 encoded (RFC 2865 §5). */
    public AttributeWriter addString(int type, String value) {
        return add(type, value.getBytes(StandardCharsets.UTF_8));
    }

    /** An integer attribute: 32 bits, unsigned, network order (RFC 2865 §5). */
    public AttributeWriter addInteger(int type, long value) {
        return add(type, uint32(value));
    }

    public AttributeWriter addAddress(int type, Inet4Address address) {
        return add(type, address.getAddress());
    }

    /** One vendor sub-attribute in its own Vendor-Specific attribute, the layout RFC 2865 §5.26 recommends. */
    public AttributeWriter addVendor(int vendorId, int vendorType, byte[] value) {
        checkType(vendorType);
        checkValue(value.length, MAX_VENDOR_VALUE);
        ensure(8 + value.length);
        buf[size++] = (byte) AttributeType.VENDOR_SPECIFIC;
        buf[size++] = (byte) (8 + value.length);
        System.arraycopy(uint32(vendorId), 0, buf, size, 4);
        size += 4;
        buf[size++] = (byte) vendorType;
        buf[size++] = (byte) (2 + value.length);
        System.arraycopy(value, 0, buf, size, value.length);
        size += value.length;
        return this;
    }

    public AttributeWriter addVendorString(int vendorId, int vendorType, String value) {
        return addVendor(vendorId, vendorType, value.getBytes(StandardCharsets.UTF_8));
    }

    public AttributeWriter addVendorInteger(int vendorId, int vendorType, long value) {
        return addVendor(vendorId, vendorType, uint32(value));
    }

    public AttributeWriter addVendorOctet(int vendorId, int vendorType, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("an octet is 0..255, not " + value);
        }
        return addVendor(vendorId, vendorType, new byte[] {(byte) value});
    }

    public AttributeWriter addVendorAddress(int vendorId, int vendorType, Inet4Address address) {
        return addVendor(vendorId, vendorType, address.getAddress());
    }

    @Override
    public int encodedLength() {
        return size;
    }

    @Override
    public void copyEncoded(byte[] dest, int offset) {
        System.arraycopy(buf, 0, dest, offset, size);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    static byte[] uint32(long value) {
        if (value < 0 || value > 0xffffffffL) {
            throw new IllegalArgumentException("a RADIUS integer is unsigned 32-bit, not " + value);
        }
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static void checkType(int type) {
        if (type < 1 || type > 255) {
            throw new IllegalArgumentException("an attribute type is 1..255, not " + type);
        }
    }

    private static void checkValue(int length, int max) {
        if (length < 1 || length > max) {
            throw new IllegalArgumentException("an attribute value is 1.." + max + " octets, not " + length);
        }
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
