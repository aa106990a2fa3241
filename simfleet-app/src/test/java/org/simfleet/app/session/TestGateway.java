package org.simfleet.app.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A packet gateway for tests: sends Accounting-Requests (RFC 2866, Request Authenticator of §3) from its own loopback
 * address to the application's accounting port and waits for each Accounting-Response, checking its authenticator.
 */
final class TestGateway implements AutoCloseable {

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final byte[] secret;
    private int identifier;

    TestGateway(String localAddress, int port, byte[] secret) {
        try {
            // not connected: an unconnected socket ignores the ICMP port-unreachable of a server not yet listening
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            server = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.secret = secret.clone();
    }

    /**
     * The gateway at {@code address} (a loopback address), registered in the gateway table unless it is already, with
     * whatever secret it has there.
     */
    static TestGateway registered(JdbcTemplate jdbc, GatewayDirectory gateways, String address, int port) {
        List<String> secrets = jdbc.queryForList("SELECT secret FROM gateway WHERE address = ?", String.class, address);
        String secret = secrets.isEmpty() ? "accounting-test-secret-" + address : secrets.get(0);
        if (secrets.isEmpty()) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.update(
                    "INSERT INTO gateway (name, address, secret, coa_port, created_at, updated_at)"
                            + " VALUES (?, ?, ?, 3799, ?, ?)",
                    "pgw-test-" + address,
                    address,
                    secret,
                    now,
                    now);
            gateways.reload();
        }
        return new TestGateway(address, port, secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A signed Accounting-Request with the next identifier. */
    byte[] packet(AttributeWriter attributes) {
        identifier = (identifier + 1) & 0xff;
        return PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, identifier, attributes, false, secret);
    }

    /** Sends a request and asserts that it is acknowledged within five seconds. */
    void account(AttributeWriter attributes) {
        byte[] request = packet(attributes);
        if (!exchange(request, Duration.ofSeconds(5))) {
            throw new AssertionError("no Accounting-Response within 5 s");
        }
    }

    /** Sends {@code request} once; true when its Accounting-Response arrives within {@code wait}. */
    boolean exchange(byte[] request, Duration wait) {
        try {
            socket.send(new DatagramPacket(request, request.length, server));
            long deadline = System.nanoTime() + wait.toNanos();
            byte[] buffer = new byte[4096];
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                socket.setSoTimeout((int) left);
                DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(datagram);
                    if (!server.equals(datagram.getSocketAddress())) {
                        continue;
                    }
                } catch (SocketTimeoutException e) {
                    return false;
                }
                RadiusPacket response = RadiusPacket.parse(Arrays.copyOf(buffer, datagram.getLength()));
                if (response != null
                        && response.code() == PacketCode.ACCOUNTING_RESPONSE
                        && response.identifier() == (request[1] & 0xff)
                        && Authenticators.verifyResponse(response, Arrays.copyOfRange(request, 4, 20), secret)) {
                    return true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
