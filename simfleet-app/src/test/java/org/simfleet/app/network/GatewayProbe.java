package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * Plays a packet gateway from a loopback address: sends real Access-Requests over UDP to the application's RADIUS port
 * and reads the answers, waiting at most five seconds for one.
 */
final class GatewayProbe implements AutoCloseable {

    private static final long RECEIVE_TIMEOUT_MILLIS = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatagramChannel channel;
    private final Selector selector;
    private final ByteBuffer buffer = ByteBuffer.allocate(4096);
    private int identifier;

    GatewayProbe(String address) {
        try {
            channel = DatagramChannel.open();
            channel.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            channel.configureBlocking(false);
            selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends an Access-Request for {@code imsi} with a Message-Authenticator (RFC 3579, required since BlastRADIUS),
     * signed with {@code secret}, and answers its Request Authenticator for checking the reply.
     */
    byte[] sendAccessRequest(int port, String secret, String imsi) {
        byte[] authenticator = new byte[16];
        RANDOM.nextBytes(authenticator);
        byte[] packet = PacketBuilder.accessRequest(
                ++identifier & 0xff,
                authenticator,
                new AttributeWriter().addString(AttributeType.USER_NAME, imsi),
                true,
                secret.getBytes(StandardCharsets.UTF_8));
        try {
            channel.send(ByteBuffer.wrap(packet), new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return authenticator;
    }

    RadiusPacket receive() {
        try {
            long deadline = System.currentTimeMillis() + RECEIVE_TIMEOUT_MILLIS;
            while (true) {
                byte[] datagram = poll();
                if (datagram != null) {
                    return RadiusPacket.parse(datagram);
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return fail("no answer within " + RECEIVE_TIMEOUT_MILLIS + " ms");
                }
                selector.select(left);
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A datagram already waiting, or null; never waits. */
    byte[] poll() {
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
