package org.simfleet.smpp.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.simfleet.smpp.SmsContent;

/**
 * Turns {@link SmsContent} into submit_sm short messages: the alphabet, the data_coding and the split into
 * concatenated parts with their user data headers (3GPP TS 23.040 §9.2.3.24.1).
 *
 * <p>The 140-octet user data of one SMS (TS 23.040 §9.2.3.16) holds 160 septets, 70 UCS-2 characters or 140
 * octets. A concatenated part gives 6 of them to the header (UDHL + IEI 0x00 + length 3 + reference, total,
 * sequence), leaving 153 septets (the header takes 48 bits plus 1 fill bit = 7 septets), 67 UCS-2 characters or 134
 * octets.
 */
public final class SmsEncoder {
    /** Default alphabet, SMPP 3.4 §5.2.19: the SMSC default, which is the GSM 7-bit alphabet on a GSM network. */
    public static final byte DATA_CODING_DEFAULT = 0x00;

    /** 8-bit binary (SMPP 3.4 §5.2.19). */
    public static final byte DATA_CODING_BINARY = 0x04;

    /** UCS-2 (ISO/IEC 10646), SMPP 3.4 §5.2.19. */
    public static final byte DATA_CODING_UCS2 = 0x08;

    static final int SINGLE_SEPTETS = 160;
    static final int PART_SEPTETS = 153;
    static final int SINGLE_UCS2 = 70;
    static final int PART_UCS2 = 67;
    static final int USER_DATA_OCTETS = 140;

    /** The concatenation header: UDHL 5, IEI 0x00 (8-bit reference), IEDL 3, then reference, total, sequence. */
    static final int CONCAT_HEADER_OCTETS = 6;

    /** IEI 0x00 with its length and three values, as added to a caller's own header. */
    static final int CONCAT_ELEMENT_OCTETS = 5;

    /** The 8-bit reference and sequence allow at most 255 parts (TS 23.040 §9.2.3.24.1). */
    public static final int MAX_PARTS = 255;

    private SmsEncoder() {}

    /**
     * Encodes {@code content}; long content gets concatenation headers with {@code concatenationReference} (its low 8
     * bits), which should differ between messages to the same handset.
     *
     * @throws IllegalArgumentException when the content needs more than 255 parts, or a binary header leaves no room
     */
    public static EncodedSms encode(SmsContent content, int concatenationReference) {
        Objects.requireNonNull(content, "content");
        int reference = concatenationReference & 0xFF;
        if (content instanceof SmsContent.Text text) {
            return encodeText(text.text(), reference);
        }
        SmsContent.Binary binary = (SmsContent.Binary) content;
        return encodeBinary(binary.payload(), binary.dataCoding(), binary.userDataHeader(), reference);
    }

    private static EncodedSms encodeText(String text, int reference) {
        int septets = Gsm7.septets(text);
        if (septets >= 0) {
            return encodeGsm7(text, septets, reference);
        }
        return encodeUcs2(text, reference);
    }

    private static EncodedSms encodeGsm7(String text, int septets, int reference) {
        byte[] all = Gsm7.encode(text);
        if (septets <= SINGLE_SEPTETS) {
            return new EncodedSms(Alphabet.GSM7, DATA_CODING_DEFAULT, List.of(all), septets, false);
        }
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (start < all.length) {
            int end = Math.min(start + PART_SEPTETS, all.length);
            // An escape sequence is one character: never leave its escape at the end of a part (TS 23.038 §6.2.1.1).
            if (end < all.length && endsWithLoneEscape(all, start, end)) {
                end--;
            }
            ranges.add(new int[] {start, end});
            start = end;
        }
        return new EncodedSms(
                Alphabet.GSM7, DATA_CODING_DEFAULT, concatenated(all, ranges, null, reference), septets, true);
    }

    /** Whether the part's last septet is an escape whose extension septet would fall into the next part. */
    private static boolean endsWithLoneEscape(byte[] septets, int start, int end) {
        int i = start;
        while (i < end) {
            if (septets[i] == Gsm7.ESCAPE) {
                if (i + 1 == end) {
                    return true;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return false;
    }

    private static EncodedSms encodeUcs2(String text, int reference) {
        byte[] all = text.getBytes(StandardCharsets.UTF_16BE);
        int units = text.length();
        if (units <= SINGLE_UCS2) {
            return new EncodedSms(Alphabet.UCS2, DATA_CODING_UCS2, List.of(all), units, false);
        }
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (start < units) {
            int end = Math.min(start + PART_UCS2, units);
            // A surrogate pair is one character: keep both halves in the same part.
            if (end < units && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            ranges.add(new int[] {start * 2, end * 2});
            start = end;
        }
        return new EncodedSms(Alphabet.UCS2, DATA_CODING_UCS2, concatenated(all, ranges, null, reference), units, true);
    }

    private static EncodedSms encodeBinary(byte[] payload, byte dataCoding, byte[] header, int reference) {
        int headerOctets = header == null ? 0 : header.length;
        if (headerOctets + payload.length <= USER_DATA_OCTETS) {
            byte[] part = new byte[headerOctets + payload.length];
            if (header != null) {
                System.arraycopy(header, 0, part, 0, headerOctets);
            }
            System.arraycopy(payload, 0, part, headerOctets, payload.length);
            return new EncodedSms(Alphabet.BINARY, dataCoding, List.of(part), payload.length, header != null);
        }
        int perPart = USER_DATA_OCTETS - (header == null ? CONCAT_HEADER_OCTETS : headerOctets + CONCAT_ELEMENT_OCTETS);
        if (perPart < 1) {
            throw new IllegalArgumentException("the user data header leaves no room for a concatenated payload");
        }
        List<int[]> ranges = new ArrayList<>();
        for (int start = 0; start < payload.length; start += perPart) {
            ranges.add(new int[] {start, Math.min(start + perPart, payload.length)});
        }
        return new EncodedSms(
                Alphabet.BINARY, dataCoding, concatenated(payload, ranges, header, reference), payload.length, true);
    }

    private static List<byte[]> concatenated(byte[] data, List<int[]> ranges, byte[] header, int reference) {
        int total = ranges.size();
        if (total > MAX_PARTS) {
            throw new IllegalArgumentException("the message needs " + total + " parts; at most " + MAX_PARTS);
        }
        List<byte[]> parts = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int from = ranges.get(i)[0];
            int to = ranges.get(i)[1];
            byte[] udh = UserDataHeader.withConcatenation(header, reference, total, i + 1);
            byte[] part = new byte[udh.length + (to - from)];
            System.arraycopy(udh, 0, part, 0, udh.length);
            System.arraycopy(data, from, part, udh.length, to - from);
            parts.add(part);
        }
        return parts;
    }
}
