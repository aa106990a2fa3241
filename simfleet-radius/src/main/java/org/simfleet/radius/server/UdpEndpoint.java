package org.simfleet.radius.server;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * One bound UDP socket and the threads that receive on it.
 *
 * <p>Why the JDK's blocking {@link DatagramChannel} and not Netty: a RADIUS server does one receive, some
 * microseconds of MD5 and a lookup, and one send per packet, with no framing, no pipelines and no TLS. Several
 * threads blocked in {@code receive} on one channel take turns at the socket and then verify and dispatch in
 * parallel, which is what Netty's NIO transport cannot do for one datagram channel (one event loop per channel);
 * its epoll transport could spread SO_REUSEPORT sockets over threads, but the kernel hashes by source, so one busy
 * gateway would still land on one thread. The plain channel also keeps the library free of runtime dependencies.
 * Each thread owns one direct buffer and copies each datagram out once, into the packet.
 */
final class UdpEndpoint implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(UdpEndpoint.class.getName());

    /** Called on a receive thread with the datagram between position and limit. Must not keep the buffer. */
    @FunctionalInterface
    interface DatagramHandler {
        void handle(ByteBuffer datagram, InetSocketAddress source);
    }

    private final DatagramChannel channel;
    private final String name;
    private final List<Thread> threads = new ArrayList<>();

    private UdpEndpoint(DatagramChannel channel, String name) {
        this.channel = channel;
        this.name = name;
    }

    static UdpEndpoint bind(InetAddress address, int port, int receiveBufferBytes, String name) throws IOException {
        DatagramChannel channel = DatagramChannel.open(
                address instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            // A deep receive buffer absorbs bursts (a gateway restarting sends Accounting-On and thousands of
            // Access-Requests at once); the kernel caps it at net.core.rmem_max.
            channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBufferBytes);
            channel.bind(new InetSocketAddress(address, port));
            return new UdpEndpoint(channel, name);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    void start(int threadCount, DatagramHandler handler) {
        for (int i = 0; i < threadCount; i++) {
            Thread thread = new Thread(() -> receive(handler), name + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    int port() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new IllegalStateException(name + " is closed", e);
        }
    }

    /** Sends one datagram; safe from any thread. Returns false when the socket refused it. */
    boolean send(byte[] packet, InetSocketAddress target) {
        try {
            return channel.send(ByteBuffer.wrap(packet), target) == packet.length;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> name + " could not send to " + target, e);
            return false;
        }
    }

    private void receive(DatagramHandler handler) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(RadiusPacket.MAX_LENGTH);
        while (channel.isOpen()) {
            buffer.clear();
            InetSocketAddress source;
            try {
                source = (InetSocketAddress) channel.receive(buffer);
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, () -> name + " receive failed", e);
                continue;
            }
            buffer.flip();
            try {
                handler.handle(buffer, source);
            } catch (RuntimeException bug) {
                // Nothing a datagram contains may stop the loop; an exception here is a bug worth a stack trace.
                LOG.log(Level.ERROR, () -> name + " failed on a datagram from " + source, bug);
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> name + " did not close cleanly", e);
        }
        for (Thread thread : threads) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
