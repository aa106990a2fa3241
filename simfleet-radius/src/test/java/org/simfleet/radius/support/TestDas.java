package org.simfleet.radius.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * A gateway's Dynamic Authorization Server (RFC 5176) for tests: records every request it receives and answers as
 * its policy says. Its replies are signed here with the JDK's MD5 directly, not with the library's code, so the
 * client's verification is checked against an independent implementation.
 */
public final class TestDas implements AutoCloseable {
    /** What to answer a request with; {@code null} for silence. */
    @FunctionalInterface
    public interface Policy {
        Reply answer(RadiusPacket request, int copiesSeen);
    }

    /** A reply: code, attributes already in wire form, and the secret to sign with. */
    public record Reply(int code, byte[] attributes, byte[] secret) {
        public static Reply of(int code) {
            return new Reply(code, new byte[0], TestNas.SECRET);
        }
    }

    private final DatagramChannel channel;
    private final Policy policy;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread thread;

    /** A request as it arrived. */
    public record Received(byte[] octets, InetSocketAddress from) {
        public RadiusPacket packet() {
            return RadiusPacket.parse(octets);
        }
    }

    private TestDas(DatagramChannel channel, Policy policy) {
        this.channel = channel;
        this.policy = policy;
        this.thread = new Thread(this::serve, "test-das");
        this.thread.setDaemon(true);
    }

    public static TestDas start(Policy policy) {
        try {
            DatagramChannel channel = DatagramChannel.open();
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            TestDas das = new TestDas(channel, policy);
            das.thread.start();
            return das;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Received> received() {
        return received;
    }

    /** Answers a received request now, whatever the policy said. */
    public void reply(Received request, Reply reply) {
        byte[] octets = sign(request.octets(), reply);
        try {
            channel.send(ByteBuffer.wrap(octets), request.from());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve() {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
                buffer.flip();
                byte[] octets = Arrays.copyOf(buffer.array(), buffer.limit());
                Received request = new Received(octets, from);
                received.add(request);
                long copies = received.stream()
                        .filter(r -> Arrays.equals(r.octets(), octets))
                        .count();
                Reply reply = policy.answer(request.packet(), (int) copies);
                if (reply != null) {
                    reply(request, reply);
                }
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Response Authenticator = MD5(Code + Identifier + Length + Request Authenticator + Attributes + Secret). */
    private static byte[] sign(byte[] request, Reply reply) {
        int length = 20 + reply.attributes().length;
        byte[] packet = new byte[length];
        packet[0] = (byte) reply.code();
        packet[1] = request[1];
        packet[2] = (byte) (length >> 8);
        packet[3] = (byte) length;
        System.arraycopy(request, 4, packet, 4, 16);
        System.arraycopy(reply.attributes(), 0, packet, 20, reply.attributes().length);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(packet);
            md5.update(reply.secret());
            System.arraycopy(md5.digest(), 0, packet, 4, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return packet;
    }

    @Override
    public void close() {
        try {
            channel.close();
            thread.join(1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
