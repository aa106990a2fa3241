package org.simfleet.smpp.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Text from received user data by its data_coding: SMPP 3.4 §5.2.19 for 0x00-0x0F, 3GPP TS 23.038 §4's coding
 * groups for the rest.
 */
public final class SmsDecoder {
    private static final Charset CYRILLIC = charset("ISO-8859-5");
    private static final Charset HEBREW = charset("ISO-8859-8");

    private SmsDecoder() {}

    /**
     * The alphabet {@code dataCoding} announces. SMPP's 8-bit character sets (IA5 0x01, Latin-1 0x03, Cyrillic 0x06,
     * Hebrew 0x07…) answer {@link Alphabet#BINARY}, being octets per character; {@link #text} still decodes the ones
     * the JDK knows.
     */
    public static Alphabet alphabet(byte dataCoding) {
        int dc = dataCoding & 0xFF;
        switch (dc) {
            case 0x00:
                return Alphabet.GSM7;
            case 0x08:
                return Alphabet.UCS2;
            case 0x02, 0x04, 0x09:
                return Alphabet.BINARY;
            default:
                break;
        }
        if (dc < 0x10) {
            return Alphabet.BINARY;
        }
        int group = dc >> 4;
        if (group <= 0x7) {
            // General data coding groups 00xx and 01xx: bits 3..2 give the alphabet (00 GSM, 01 8-bit, 10 UCS2).
            return switch ((dc >> 2) & 0x03) {
                case 0 -> Alphabet.GSM7;
                case 2 -> Alphabet.UCS2;
                default -> Alphabet.BINARY;
            };
        }
        if (group == 0xC || group == 0xD) {
            return Alphabet.GSM7; // message waiting indication, GSM 7-bit
        }
        if (group == 0xE) {
            return Alphabet.UCS2; // message waiting indication, UCS2
        }
        if (group == 0xF) {
            return (dc & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY; // data coding / message class
        }
        return Alphabet.BINARY; // reserved groups 1000..1011
    }

    /**
     * The text of {@code userData} (without its header), or null when the data_coding says binary. GSM 7-bit data
     * is taken unpacked, one septet per octet, as SMPP carries it.
     */
    public static String text(byte dataCoding, byte[] userData, int offset, int length) {
        int dc = dataCoding & 0xFF;
        switch (dc) {
            case 0x01:
                return new String(userData, offset, length, StandardCharsets.US_ASCII); // IA5
            case 0x03:
                return new String(userData, offset, length, StandardCharsets.ISO_8859_1);
            case 0x06:
                return CYRILLIC == null ? null : new String(userData, offset, length, CYRILLIC);
            case 0x07:
                return HEBREW == null ? null : new String(userData, offset, length, HEBREW);
            default:
                break;
        }
        return switch (alphabet(dataCoding)) {
            case GSM7 -> Gsm7.decode(userData, offset, length);
            case UCS2 -> new String(userData, offset, length - (length & 1), StandardCharsets.UTF_16BE);
            case BINARY -> null;
        };
    }

    public static String text(byte dataCoding, byte[] userData) {
        return text(dataCoding, userData, 0, userData.length);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
