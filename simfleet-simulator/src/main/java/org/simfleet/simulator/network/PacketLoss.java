package org.simfleet.simulator.network;

import java.util.Random;

/**
 * Packet loss on demand: drops the given share of the gateway's outgoing datagrams, drawn from the run's seed so a
 * lossy run repeats too. The gateway's retransmissions recover them, as on a real lossy link.
 */
public final class PacketLoss {

    private final Random random;
    private volatile double share;

    public PacketLoss(long seed, double share) {
        this.random = new Random(seed);
        set(share);
    }

    public void set(double share) {
        if (share < 0 || share >= 1) {
            throw new IllegalArgumentException("packet loss is a share from 0 to below 1, not " + share);
        }
        this.share = share;
    }

    boolean drops() {
        return share > 0 && random.nextDouble() < share;
    }
}
