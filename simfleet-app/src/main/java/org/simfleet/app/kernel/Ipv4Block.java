package org.simfleet.app.kernel;

/**
 * A block of IPv4 addresses in CIDR notation (RFC 4632 §3.1), such as {@code 100.64.0.0/10}: a network address whose
 * host bits are all zero and a prefix length of 0..32.
 */
public record Ipv4Block(Ipv4Address network, int prefix) {

    public Ipv4Block {
        if (network == null) {
            throw new IllegalArgumentException("network address is required");
        }
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("a prefix length is 0..32, not " + prefix);
        }
        long hostBits = hostMask(prefix);
        if ((network.value() & hostBits) != 0) {
            throw new IllegalArgumentException("has host bits set after the /" + prefix + " prefix: did you mean "
                    + Ipv4Address.text(network.value() & ~hostBits & Ipv4Address.MAX) + "/" + prefix + "?");
        }
    }

    /** Parses {@code address/prefix}; throws with the reason otherwise. */
    public static Ipv4Block of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("CIDR block is required");
        }
        String cidr = text.strip();
        int slash = cidr.indexOf('/');
        if (slash < 0 || !cidr.substring(slash + 1).matches("\\d{1,2}")) {
            throw new IllegalArgumentException("must be an IPv4 block in CIDR notation, such as 100.64.0.0/10");
        }
        return new Ipv4Block(Ipv4Address.of(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)));
    }

    public long first() {
        return network.value();
    }

    public long last() {
        return network.value() | hostMask(prefix);
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    public boolean contains(long address) {
        return address >= first() && address <= last();
    }

    public boolean contains(Ipv4Block other) {
        return contains(other.first()) && contains(other.last());
    }

    public boolean overlaps(Ipv4Block other) {
        return first() <= other.last() && other.first() <= last();
    }

    private static long hostMask(int prefix) {
        return (1L << (32 - prefix)) - 1;
    }

    @Override
    public String toString() {
        return network + "/" + prefix;
    }
}
