package org.simfleet.radius.codec;

/** Attributes already in wire form, ready to be copied into a packet without another encoding pass. */
public interface EncodedAttributes {
    /** Octets the attributes take, headers included. */
    int encodedLength();

    /** Copies the attributes, headers included, into {@code dest} at {@code offset}. */
    void copyEncoded(byte[] dest, int offset);
}
