package org.simfleet.app.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;

/**
 * A packet gateway at its own loopback address that starts a data session the way a PGW does: an
 * Accounting-Request with Acct-Status-Type Start (RFC 2866 §5.1) and the 3GPP attributes of TS 29.061,
 * sent to the platform's accounting port, answered only once the session is stored.
 */
final class PacketGateway implements AutoCloseable {

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final byte[] secret;

    PacketGateway(String address, int acctPort, String secret) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
        socket.setSoTimeout(5000);
        server = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), acctPort);
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends Accounting-Start for {@code imsi} and waits up to five seconds for the Accounting-Response. */
    void start(String imsi, String sessionId, String framedIp) throws IOException {
        AttributeWriter attributes = new AttributeWriter()
                .addString(AttributeType.USER_NAME, imsi)
                .addInteger(AttributeType.ACCT_STATUS_TYPE, 1)
                .addString(AttributeType.ACCT_SESSION_ID, sessionId)
                .addString(AttributeType.CALLED_STATION_ID, "em")
                .addAddress(AttributeType.FRAMED_IP_ADDRESS, (Inet4Address) InetAddress.getByName(framedIp))
                .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMSI, imsi)
                .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.SGSN_MCC_MNC, "26201")
                .addVendorOctet(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.RAT_TYPE, 6);
        byte[] request = PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, 1, attributes, false, secret);
        socket.send(new DatagramPacket(request, request.length, server));
        byte[] answer = new byte[4096];
        try {
            socket.receive(new DatagramPacket(answer, answer.length));
        } catch (SocketTimeoutException e) {
            throw new UncheckedIOException("no Accounting-Response within 5 s", e);
        }
        if ((answer[0] & 0xff) != PacketCode.ACCOUNTING_RESPONSE) {
            throw new AssertionError("expected an Accounting-Response, got code " + (answer[0] & 0xff));
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
