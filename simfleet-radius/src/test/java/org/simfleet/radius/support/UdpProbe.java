package org.simfleet.radius.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Arrays;
import org.simfleet.radius.codec.RadiusPacket;

/** A UDP socket on a loopback address that sends raw datagrams to a local port and reads what comes back. */
public final class UdpProbe implements AutoCloseable {
    private static final long RECEIVE_TIMEOUT_MILLIS = 5_000;

    private final DatagramChannel channel;
    private final Selector selector;
    private final ByteBuffer buffer = ByteBuffer.allocate(65_535);

    private UdpProbe(DatagramChannel channel, Selector selector) {
        this.channel = channel;
        this.selector = selector;
    }

    /** A probe on {@code 127.0.0.1}. */
    public static UdpProbe open() {
        return on("127.0.0.1");
    }

    /** A probe on another loopback address; Linux answers the whole of 127.0.0.0/8. */
    public static UdpProbe on(String loopbackAddress) {
        try {
            DatagramChannel channel = DatagramChannel.open();
            channel.bind(new InetSocketAddress(InetAddress.getByName(loopbackAddress), 0));
            channel.configureBlocking(false);
            Selector selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
            return new UdpProbe(channel, selector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void send(byte[] datagram, int port) {
        try {
            channel.send(ByteBuffer.wrap(datagram), new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next datagram as a packet, waiting at most five seconds; fails the test when none comes. */
    public RadiusPacket receive() {
        RadiusPacket packet = RadiusPacket.parse(receiveBytes());
        if (packet == null) {
            fail("received a datagram that is not a RADIUS packet");
        }
        return packet;
    }

    /** The next datagram's octets, waiting at most five seconds; fails the test when none comes. */
    public byte[] receiveBytes() {
        try {
            long deadline = System.currentTimeMillis() + RECEIVE_TIMEOUT_MILLIS;
            while (true) {
                byte[] datagram = poll();
                if (datagram != null) {
                    return datagram;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return fail("no datagram within " + RECEIVE_TIMEOUT_MILLIS + " ms");
                }
                selector.select(left);
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A datagram already waiting, or {@code null}; never waits. */
    public byte[] poll() {
        try {
            buffer.clear();
            if (channel.receive(buffer) == null) {
                return null;
            }
            buffer.flip();
            return Arrays.copyOf(buffer.array(), buffer.limit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
