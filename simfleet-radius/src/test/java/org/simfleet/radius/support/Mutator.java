package org.simfleet.radius.support;

import java.util.Arrays;
import java.util.Random;

/**
 * Turns a valid packet into a hostile one, the ways a broken or malicious peer would: bit flips, truncation, a lying
 * Length field, an attribute length of 0, 1 or past the end, appended junk, or plain noise. Every mutation changes the
 * octets, so a mutant is never the valid packet again. Seeded, so a failure replays.
 */
public final class Mutator {
    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public byte[] mutate(byte[] packet) {
        return switch (random.nextInt(6)) {
            case 0 -> flipBits(packet);
            case 1 -> Arrays.copyOf(packet, random.nextInt(packet.length));
            case 2 -> lieAboutLength(packet);
            case 3 -> breakAnAttributeLength(packet);
            case 4 -> appendJunk(packet);
            default -> noise();
        };
    }

    /** One to four distinct bits, anywhere. */
    private byte[] flipBits(byte[] packet) {
        byte[] mutant = packet.clone();
        int flips = 1 + random.nextInt(4);
        random.ints(0, packet.length * 8)
                .distinct()
                .limit(flips)
                .forEach(bit -> mutant[bit / 8] ^= (byte) (1 << (bit % 8)));
        return mutant;
    }

    private byte[] lieAboutLength(byte[] packet) {
        byte[] mutant = packet.clone();
        int length;
        do {
            length = random.nextInt(5000);
        } while (length == packet.length);
        mutant[2] = (byte) (length >> 8);
        mutant[3] = (byte) length;
        return mutant;
    }

    /** Sets one attribute's length octet to 0, 1, or beyond the packet's end. */
    private byte[] breakAnAttributeLength(byte[] packet) {
        byte[] mutant = packet.clone();
        int offset = randomAttributeOffset(packet);
        int remaining = packet.length - offset;
        int[] choices = {0, 1, Math.min(255, remaining + 1 + random.nextInt(10))};
        int length = choices[random.nextInt(choices.length)];
        if (length == (packet[offset + 1] & 0xff)) {
            length = 0;
        }
        mutant[offset + 1] = (byte) length;
        return mutant;
    }

    /** Random octets after the last attribute, counted in the Length field. */
    private byte[] appendJunk(byte[] packet) {
        int extra = 1 + random.nextInt(40);
        byte[] mutant = Arrays.copyOf(packet, packet.length + extra);
        for (int i = packet.length; i < mutant.length; i++) {
            mutant[i] = (byte) random.nextInt(256);
        }
        mutant[2] = (byte) (mutant.length >> 8);
        mutant[3] = (byte) mutant.length;
        return mutant;
    }

    private byte[] noise() {
        byte[] mutant = new byte[random.nextInt(200)];
        random.nextBytes(mutant);
        return mutant;
    }

    private int randomAttributeOffset(byte[] packet) {
        int count = 0;
        for (int pos = 20; pos < packet.length; pos += packet[pos + 1] & 0xff) {
            count++;
        }
        int pick = random.nextInt(count);
        int pos = 20;
        for (int i = 0; i < pick; i++) {
            pos += packet[pos + 1] & 0xff;
        }
        return pos;
    }
}
