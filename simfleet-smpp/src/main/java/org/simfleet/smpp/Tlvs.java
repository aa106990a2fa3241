package org.simfleet.smpp;

import org.jsmpp.bean.OptionalParameter;

/** Raw TLV values of a received PDU (SMPP 3.4 §5.3), read the same way whatever class jSMPP chose for them. */
final class Tlvs {
    static final short RECEIPTED_MESSAGE_ID = 0x001E;
    static final short NETWORK_ERROR_CODE = 0x0423;
    static final short MESSAGE_STATE = 0x0427;
    static final short MESSAGE_PAYLOAD = 0x0424;
    static final short SAR_MSG_REF_NUM = 0x020C;
    static final short SAR_TOTAL_SEGMENTS = 0x020E;
    static final short SAR_SEGMENT_SEQNUM = 0x020F;

    private Tlvs() {}

    /** The value octets of the first TLV with {@code tag}, or null. */
    static byte[] value(OptionalParameter[] tlvs, short tag) {
        if (tlvs == null) {
            return null;
        }
        for (OptionalParameter p : tlvs) {
            if (p != null && p.tag == tag) {
                byte[] all = p.serialize();
                byte[] value = new byte[all.length - 4];
                System.arraycopy(all, 4, value, 0, value.length);
                return value;
            }
        }
        return null;
    }

    /** An unsigned integer TLV of 1 or 2 octets, or -1 when absent or of another size. */
    static int unsigned(OptionalParameter[] tlvs, short tag) {
        byte[] v = value(tlvs, tag);
        if (v == null) {
            return -1;
        }
        return switch (v.length) {
            case 1 -> v[0] & 0xFF;
            case 2 -> ((v[0] & 0xFF) << 8) | (v[1] & 0xFF);
            default -> -1;
        };
    }

    /** A C-Octet String TLV without its terminating NUL, or null. */
    static String cString(OptionalParameter[] tlvs, short tag) {
        byte[] v = value(tlvs, tag);
        if (v == null) {
            return null;
        }
        int end = 0;
        while (end < v.length && v[end] != 0) {
            end++;
        }
        return new String(v, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
