package org.simfleet.smpp.codec;

import java.util.Arrays;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1 and §6.2.1.1), unpacked: one
 * septet per octet, as SMPP carries it with data_coding 0x00 (the SMSC packs it for the air interface).
 */
public final class Gsm7 {
    /** The escape to the extension table (TS 23.038 §6.2.1.1); an extension character costs two septets. */
    public static final int ESCAPE = 0x1B;

    /** The default alphabet, indexed by septet; 0x1B (escape) is given as U+001B and never encoded on its own. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table's characters and their septets after the escape (TS 23.038 §6.2.1.1, the default one). */
    private static final char[] EXTENSION_CHARS = {'\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€'};

    private static final byte[] EXTENSION_SEPTETS = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    /** char → septet for the basic table, -1 where none; chars beyond 0x2000 are looked up separately. */
    private static final byte[] BASIC_INDEX = new byte[0x0400];

    private static final byte[] EXTENSION_INDEX = new byte[0x0080];

    static {
        if (BASIC.length() != 128) {
            throw new ExceptionInInitializerError("the GSM 7-bit table must have 128 entries: " + BASIC.length());
        }
        Arrays.fill(BASIC_INDEX, (byte) -1);
        Arrays.fill(EXTENSION_INDEX, (byte) -1);
        for (int septet = 0; septet < 128; septet++) {
            if (septet != ESCAPE) {
                BASIC_INDEX[BASIC.charAt(septet)] = (byte) septet;
            }
        }
        for (int i = 0; i < EXTENSION_CHARS.length; i++) {
            if (EXTENSION_CHARS[i] < EXTENSION_INDEX.length) {
                EXTENSION_INDEX[EXTENSION_CHARS[i]] = EXTENSION_SEPTETS[i];
            }
        }
    }

    private Gsm7() {}

    /** The septet of {@code c} in the basic table, or -1. */
    static int basic(char c) {
        return c < BASIC_INDEX.length ? BASIC_INDEX[c] : -1;
    }

    /** The septet after the escape for {@code c} in the extension table, or -1. */
    static int extension(char c) {
        if (c < EXTENSION_INDEX.length) {
            return EXTENSION_INDEX[c];
        }
        return c == '€' ? 0x65 : -1;
    }

    /** How many septets {@code c} takes: 1, 2 (extension table) or 0 when it has no GSM 7-bit encoding. */
    public static int septets(char c) {
        if (basic(c) >= 0) {
            return 1;
        }
        return extension(c) >= 0 ? 2 : 0;
    }

    /** The septet count of {@code text}, or -1 when a character has no GSM 7-bit encoding. */
    public static int septets(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int s = septets(text.charAt(i));
            if (s == 0) {
                return -1;
            }
            n += s;
        }
        return n;
    }

    /** The unpacked septets of {@code text}; every character must be encodable. */
    public static byte[] encode(CharSequence text) {
        int length = septets(text);
        if (length < 0) {
            throw new IllegalArgumentException("text has characters outside the GSM 7-bit alphabet");
        }
        byte[] out = new byte[length];
        int o = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = basic(c);
            if (b >= 0) {
                out[o++] = (byte) b;
            } else {
                out[o++] = ESCAPE;
                out[o++] = (byte) extension(c);
            }
        }
        return out;
    }

    /**
     * Text from unpacked septets. An escape followed by a septet the extension table lacks reads as that septet's
     * basic character, and a trailing escape as a space (TS 23.038 §6.2.1.1's fallback for receivers); octets above
     * 0x7F have their top bit ignored.
     */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int s = septets[i] & 0x7F;
            if (s != ESCAPE) {
                out.append(BASIC.charAt(s));
                continue;
            }
            if (i + 1 >= end) {
                out.append(' ');
                break;
            }
            int e = septets[++i] & 0x7F;
            out.append(extensionChar(e));
        }
        return out.toString();
    }

    private static char extensionChar(int septet) {
        for (int i = 0; i < EXTENSION_SEPTETS.length; i++) {
            if (EXTENSION_SEPTETS[i] == septet) {
                return EXTENSION_CHARS[i];
            }
        }
        return septet == ESCAPE ? ' ' : BASIC.charAt(septet);
    }
}
