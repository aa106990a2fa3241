package org.simfleet.radius.codec;

import java.util.Arrays;

/**
 * The User-Password hiding of RFC 2865 §5.2: the password, padded with NULs to a multiple of 16 octets (at most
 * 128), is XORed block by block with MD5(secret + previous block), the first "previous block" being the Request
 * Authenticator.
 */
public final class UserPassword {
    /** RFC 2865 §5.2: "The String field is between 16 and 128 octets long, inclusive." */
    public static final int MAX_LENGTH = 128;

    private UserPassword() {}

    /** Hides {@code password} for a request with {@code requestAuthenticator}. */
    public static byte[] hide(byte[] password, byte[] requestAuthenticator, byte[] secret) {
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a User-Password holds at most 128 octets");
        }
        int length = Math.max(16, (password.length + 15) / 16 * 16);
        byte[] hidden = Arrays.copyOf(password, length);
        byte[] b = new byte[16];
        byte[] previous = requestAuthenticator;
        int previousOffset = 0;
        for (int block = 0; block < length; block += 16) {
            Authenticators.md5(b, secret, previous, previousOffset, 16);
            for (int i = 0; i < 16; i++) {
                hidden[block + i] ^= b[i];
            }
            previous = hidden;
            previousOffset = block;
        }
        return hidden;
    }

    /**
     * Recovers the password from a hidden value, without the NUL padding, or returns {@code null} when the value is
     * not a whole number of 16-octet blocks between 16 and 128 octets (a malformed attribute).
     */
    public static byte[] reveal(byte[] hidden, byte[] requestAuthenticator, byte[] secret) {
        if (hidden.length < 16 || hidden.length > MAX_LENGTH || hidden.length % 16 != 0) {
            return null;
        }
        byte[] plain = new byte[hidden.length];
        byte[] b = new byte[16];
        byte[] previous = requestAuthenticator;
        int previousOffset = 0;
        for (int block = 0; block < hidden.length; block += 16) {
            Authenticators.md5(b, secret, previous, previousOffset, 16);
            for (int i = 0; i < 16; i++) {
                plain[block + i] = (byte) (hidden[block + i] ^ b[i]);
            }
            previous = hidden;
            previousOffset = block;
        }
        int end = plain.length;
        while (end > 0 && plain[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(plain, end);
    }
}
