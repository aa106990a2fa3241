package org.simfleet.simulator.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * The gateway's Dynamic Authorization port (RFC 5176): answers a Disconnect-Request for a session it holds with
 * Disconnect-ACK and ends the session (Accounting Stop, Admin-Reset) on the scheduler's thread; one for a session it
 * does not know with Disconnect-NAK, Error-Cause 503 Session Context Not Found (§3.5). Requests that fail the
 * authenticator check are dropped silently (§3.4). CoA-Requests are refused: this gateway only disconnects.
 */
public final class DisconnectListener implements AutoCloseable {

    private static final int SESSION_CONTEXT_NOT_FOUND = 503;
    private static final int UNSUPPORTED_SERVICE = 405;

    private final DatagramSocket socket;
    private final PacketGateway gateway;
    private final Thread thread;

    public DisconnectListener(PacketGateway gateway, int port) {
        this.gateway = gateway;
        try {
            socket = new DatagramSocket(new InetSocketAddress(gateway.identity().address(), port));
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot listen for Disconnect-Requests on port " + port, e);
        }
        thread = new Thread(this::serve, "simulator-disconnect-listener");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buf = new byte[RadiusPacket.MAX_LENGTH];
        byte[] secret = gateway.secret();
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return; // closed
            }
            RadiusPacket request = RadiusPacket.parse(Arrays.copyOf(p.getData(), p.getLength()));
            if (request == null || !Authenticators.verifyRequest(request, secret)) {
                continue;
            }
            byte[] answer = answer(request, secret);
            if (answer != null) {
                try {
                    socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
                } catch (IOException e) {
                    if (socket.isClosed()) {
                        return;
                    }
                }
            }
        }
    }

    private byte[] answer(RadiusPacket request, byte[] secret) {
        if (request.code() == PacketCode.COA_REQUEST) {
            return nak(PacketCode.COA_NAK, request, UNSUPPORTED_SERVICE, secret);
        }
        if (request.code() != PacketCode.DISCONNECT_REQUEST) {
            return null;
        }
        DataSession session =
                gateway.find(request.string(AttributeType.ACCT_SESSION_ID), request.string(AttributeType.USER_NAME));
        gateway.countDisconnect(session != null);
        if (session == null) {
            return nak(PacketCode.DISCONNECT_NAK, request, SESSION_CONTEXT_NOT_FOUND, secret);
        }
        gateway.clock().post(() -> gateway.disconnected(session));
        return PacketBuilder.response(PacketCode.DISCONNECT_ACK, request, null, false, secret);
    }

    private static byte[] nak(int code, RadiusPacket request, int cause, byte[] secret) {
        return PacketBuilder.response(
                code, request, new AttributeWriter().addInteger(AttributeType.ERROR_CAUSE, cause), false, secret);
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
