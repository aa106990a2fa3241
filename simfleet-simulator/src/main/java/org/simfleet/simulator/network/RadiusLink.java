package org.simfleet.simulator.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * One UDP socket of the gateway towards one server port: sends a request, waits for the answer with its identifier,
 * retransmits the same packet on timeout (RFC 2865 §2.5 and RFC 5080 §2.2.1: same identifier and authenticator), and
 * gives up after the last try. Used by one thread at a time.
 */
final class RadiusLink implements AutoCloseable {

    /** How each try ended, for the counters. */
    record Outcome(RadiusPacket response, int tries, long nanos) {
        boolean answered() {
            return response != null;
        }
    }

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final byte[] secret;
    private final Duration timeout;
    private final int tries;
    private final PacketLoss loss;
    private final byte[] receive = new byte[RadiusPacket.MAX_LENGTH];
    private int identifier;

    RadiusLink(
            InetSocketAddress local,
            InetSocketAddress server,
            byte[] secret,
            Duration timeout,
            int tries,
            PacketLoss loss) {
        try {
            // not connected: an unconnected socket ignores the ICMP port-unreachable of a server still starting
            this.socket = new DatagramSocket(local);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the gateway's RADIUS socket to " + local, e);
        }
        this.server = server;
        this.secret = secret.clone();
        this.timeout = timeout;
        this.tries = tries;
        this.loss = loss;
    }

    /** Builds the request with the next identifier ({@code build} gets it) and exchanges it. */
    Outcome exchange(IntFunction<byte[]> build) {
        identifier = (identifier + 1) & 0xff;
        byte[] request = build.apply(identifier);
        byte[] requestAuthenticator = Arrays.copyOfRange(
                request,
                RadiusPacket.AUTHENTICATOR_OFFSET,
                RadiusPacket.AUTHENTICATOR_OFFSET + RadiusPacket.AUTHENTICATOR_LENGTH);
        long t0 = System.nanoTime();
        try {
            for (int attempt = 1; attempt <= tries; attempt++) {
                if (!loss.drops()) {
                    socket.send(new DatagramPacket(request, request.length, server));
                }
                RadiusPacket answer = await(request[1] & 0xff, requestAuthenticator);
                if (answer != null) {
                    return new Outcome(answer, attempt, System.nanoTime() - t0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("RADIUS exchange with " + server + " failed", e);
        }
        return new Outcome(null, tries, System.nanoTime() - t0);
    }

    private RadiusPacket await(int id, byte[] requestAuthenticator) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) Math.max(1, left));
            DatagramPacket p = new DatagramPacket(receive, receive.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                return null;
            }
            RadiusPacket answer = RadiusPacket.parse(Arrays.copyOf(p.getData(), p.getLength()));
            if (answer == null) {
                continue; // malformed
            }
            // a late answer to an earlier request, or one not signed with our secret, is not this answer
            if (answer.identifier() == id && Authenticators.verifyResponse(answer, requestAuthenticator, secret)) {
                return answer;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
