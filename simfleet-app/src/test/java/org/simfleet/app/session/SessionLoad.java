package org.simfleet.app.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * A gateway under load for the crash test: {@code sessions} sessions of Start, three Interim-Updates and a Stop, a
 * session's next request sent only once the previous one is acknowledged, up to 64 requests in flight. Each request
 * is retransmitted unchanged every 500 ms until it is acknowledged, and the test learns which ones were.
 */
final class SessionLoad implements AutoCloseable {

    static final int STEPS = 5; // Start, 3 Interim-Updates, Stop
    private static final int WINDOW = 64;
    private static final long RETRANSMIT_NANOS = 500_000_000L;

    private final DatagramSocket socket;
    private final byte[] secret;
    private final String prefix;
    private final String imsi;
    /** Per session: how many of its requests were acknowledged; the one after is in flight or next. */
    final int[] acked;

    private final int[] sessionOf = new int[256];
    private final byte[][] inFlight = new byte[256][];
    private final long[] sentAt = new long[256];
    private final ArrayDeque<Integer> freeIds = new ArrayDeque<>();
    private final ArrayDeque<Integer> ready = new ArrayDeque<>();
    private long acknowledged;

    SessionLoad(int port, byte[] secret, String prefix, String imsi, int sessions) {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            socket.setSoTimeout(20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.secret = secret.clone();
        this.prefix = prefix;
        this.imsi = imsi;
        this.acked = new int[sessions];
        for (int id = 0; id < 256; id++) {
            freeIds.add(id);
        }
        for (int s = 0; s < sessions; s++) {
            ready.add(s);
        }
    }

    String acctSessionId(int session) {
        return prefix + "-" + session;
    }

    /** Cumulative octets up after step {@code step} (1..4): they grow with each Interim and the Stop. */
    static long up(int session, int step) {
        return step * (1_000L + session);
    }

    static long down(int session, int step) {
        return step * (3_000L + 2L * session);
    }

    long acknowledged() {
        return acknowledged;
    }

    boolean done() {
        return ready.isEmpty() && freeIds.size() == 256;
    }

    /** Sends, receives and retransmits until {@code acknowledged()} reaches {@code target} or everything is done. */
    void runUntil(long target, long deadlineNanos) {
        while (acknowledged < target && !done()) {
            if (System.nanoTime() > deadlineNanos) {
                throw new AssertionError(
                        "load did not reach " + target + " acknowledgements in time; at " + acknowledged);
            }
            step();
        }
    }

    private void step() {
        while (256 - freeIds.size() < WINDOW && !ready.isEmpty()) {
            int session = ready.poll();
            int id = freeIds.poll();
            sessionOf[id] = session;
            inFlight[id] = PacketBuilder.request(
                    PacketCode.ACCOUNTING_REQUEST, id, request(session, acked[session]), false, secret);
            send(id);
        }
        receive();
        long now = System.nanoTime();
        for (int id = 0; id < 256; id++) {
            if (inFlight[id] != null && now - sentAt[id] > RETRANSMIT_NANOS) {
                send(id);
            }
        }
    }

    private AttributeWriter request(int session, int step) {
        String id = acctSessionId(session);
        if (step == 0) {
            return Acct.start(id, imsi);
        }
        if (step < STEPS - 1) {
            return Acct.interim(id, imsi, up(session, step), down(session, step));
        }
        return Acct.stop(id, imsi, up(session, step), down(session, step), 60);
    }

    private void send(int id) {
        try {
            socket.send(new DatagramPacket(inFlight[id], inFlight[id].length));
        } catch (IOException e) {
            // a refused datagram (nobody listening while the server is down) is retransmitted like a lost one
        }
        sentAt[id] = System.nanoTime();
    }

    private void receive() {
        byte[] buffer = new byte[4096];
        try {
            while (true) {
                DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
                socket.receive(datagram);
                RadiusPacket response = RadiusPacket.parse(Arrays.copyOf(buffer, datagram.getLength()));
                if (response == null || response.code() != PacketCode.ACCOUNTING_RESPONSE) {
                    continue;
                }
                int id = response.identifier();
                byte[] request = inFlight[id];
                if (request == null
                        || !Authenticators.verifyResponse(response, Arrays.copyOfRange(request, 4, 20), secret)) {
                    continue;
                }
                inFlight[id] = null;
                freeIds.add(id);
                int session = sessionOf[id];
                acked[session]++;
                acknowledged++;
                if (acked[session] < STEPS) {
                    ready.add(session);
                }
            }
        } catch (SocketTimeoutException e) {
            // nothing more for now
        } catch (IOException e) {
            // ICMP port unreachable while the server is down: the retransmission timer covers it
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
