package org.simfleet.app.kernel;

/**
 * An IPv4 address as its 32-bit value (0 .. 2^32-1, kept in a long so it compares and counts unsigned). Parsed by
 * hand from dotted decimal without leading zeros, which some parsers read as octal (RFC 6943 §3.1.1), so no text can
 * start a DNS lookup the way {@code InetAddress.getByName} would.
 */
public record Ipv4Address(long value) implements Comparable<Ipv4Address> {

    public static final long MAX = 0xffff_ffffL;

    public Ipv4Address {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("an IPv4 address is 32 bits, not " + value);
        }
    }

    /** Parses dotted decimal such as {@code 100.64.0.7}; throws with the reason otherwise. */
    public static Ipv4Address of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("IPv4 address is required");
        }
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("must be an IPv4 address in dotted decimal, such as 100.64.0.7");
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("0|[1-9]\\d{0,2}") || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException(
                        "must be an IPv4 address in dotted decimal, such as 100.64.0.7 (each part 0-255, no leading"
                                + " zeros)");
            }
            value = value << 8 | Integer.parseInt(part);
        }
        return new Ipv4Address(value);
    }

    /** The four octets in network order, as RADIUS carries an address (RFC 2865 §5). */
    public byte[] octets() {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    /** Dotted decimal without allocating more than the result, for hot paths that log addresses. */
    public static String text(long value) {
        return ((value >>> 24) & 0xff) + "." + ((value >>> 16) & 0xff) + "." + ((value >>> 8) & 0xff) + "."
                + (value & 0xff);
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return text(value);
    }
}
