package org.simfleet.app.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * IPv4 pools no other test uses: pools of different organisations may not overlap, and all tests of a run share one
 * database. /24s are cut from 10.0.0.0/9, small pools (/30) from 10.128.0.0/9.
 */
public final class AddressBlocks {

    private static final AtomicInteger BLOCKS = new AtomicInteger();
    private static final AtomicInteger SMALL = new AtomicInteger();

    private AddressBlocks() {}

    /** A fresh /24, e.g. "10.0.7.0/24"; its first address is {@code base + ".0"}. */
    public static String next24() {
        int n = BLOCKS.incrementAndGet();
        return "10." + (n >> 8) + "." + (n & 0xff) + ".0/24";
    }

    /** A fresh /30 (four addresses), e.g. "10.128.0.4/30". */
    public static String next30() {
        int n = SMALL.incrementAndGet() * 4;
        return "10." + (128 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff) + "/30";
    }

    /** The address {@code offset} places into {@code cidr}. */
    public static String address(String cidr, int offset) {
        String[] octets = cidr.substring(0, cidr.indexOf('/')).split("\\.");
        long value = 0;
        for (String o : octets) {
            value = value << 8 | Integer.parseInt(o);
        }
        value += offset;
        return (value >>> 24 & 0xff) + "." + (value >>> 16 & 0xff) + "." + (value >>> 8 & 0xff) + "." + (value & 0xff);
    }
}
