package org.simfleet.smpp.codec;

/**
 * The user data header of TS 23.040 §9.2.3.24: building the concatenation element and finding it again in a
 * received part (IEI 0x00 with an 8-bit reference, §9.2.3.24.1, and IEI 0x08 with a 16-bit reference,
 * §9.2.3.24.8).
 */
public final class UserDataHeader {
    static final int IEI_CONCAT_8BIT = 0x00;
    static final int IEI_CONCAT_16BIT = 0x08;

    private UserDataHeader() {}

    /**
     * A header made of the caller's {@code header} (UDHL first, may be null) and a concatenation element.
     *
     * @param sequence the part's number, 1-based
     */
    static byte[] withConcatenation(byte[] header, int reference, int total, int sequence) {
        int existing = header == null ? 0 : header.length - 1;
        byte[] udh = new byte[1 + existing + SmsEncoder.CONCAT_ELEMENT_OCTETS];
        udh[0] = (byte) (existing + SmsEncoder.CONCAT_ELEMENT_OCTETS);
        if (header != null) {
            System.arraycopy(header, 1, udh, 1, existing);
        }
        int o = 1 + existing;
        udh[o] = IEI_CONCAT_8BIT;
        udh[o + 1] = 3;
        udh[o + 2] = (byte) reference;
        udh[o + 3] = (byte) total;
        udh[o + 4] = (byte) sequence;
        return udh;
    }

    /**
     * Splits a short message that starts with a header (esm_class UDHI set) into its header length and, when the
     * header holds one, its concatenation element.
     *
     * @return the parsed header, or null when the header is malformed (its length runs past the message)
     */
    public static Parsed parse(byte[] shortMessage) {
        if (shortMessage.length < 1) {
            return null;
        }
        int udhl = shortMessage[0] & 0xFF;
        if (1 + udhl > shortMessage.length) {
            return null;
        }
        Concatenation concatenation = null;
        int i = 1;
        int end = 1 + udhl;
        while (i + 2 <= end) {
            int iei = shortMessage[i] & 0xFF;
            int length = shortMessage[i + 1] & 0xFF;
            int value = i + 2;
            if (value + length > end) {
                return null;
            }
            if (iei == IEI_CONCAT_8BIT && length == 3) {
                concatenation = concatenation(
                        shortMessage[value] & 0xFF, shortMessage[value + 1], shortMessage[value + 2], concatenation);
            } else if (iei == IEI_CONCAT_16BIT && length == 4) {
                int reference = ((shortMessage[value] & 0xFF) << 8) | (shortMessage[value + 1] & 0xFF);
                concatenation =
                        concatenation(reference, shortMessage[value + 2], shortMessage[value + 3], concatenation);
            }
            i = value + length;
        }
        return new Parsed(1 + udhl, concatenation);
    }

    private static Concatenation concatenation(int reference, byte total, byte sequence, Concatenation earlier) {
        int t = total & 0xFF;
        int s = sequence & 0xFF;
        // §9.2.3.24.1: a total or sequence of 0, or a sequence above the total, means the element is to be ignored.
        if (t == 0 || s == 0 || s > t) {
            return earlier;
        }
        return new Concatenation(reference, t, s);
    }

    /**
     * A parsed header.
     *
     * @param length the header's octets including UDHL: the user data proper starts here
     * @param concatenation its concatenation element, or null
     */
    public record Parsed(int length, Concatenation concatenation) {}

    /**
     * Where a part belongs.
     *
     * @param reference the message's reference (8 or 16 bits)
     * @param total how many parts the message has
     * @param sequence this part's number, 1-based
     */
    public record Concatenation(int reference, int total, int sequence) {}
}
