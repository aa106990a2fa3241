package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.radius.attr.MicrosoftAttribute;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * A packet gateway for tests: sends one signed Access-Request (with Message-Authenticator, RFC 3579) over loopback UDP
 * to the running server and waits at most 5 seconds for the answer, whose authenticator it checks as a NAS must.
 */
final class AccessClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TIMEOUT_MILLIS = 5_000;

    /** An answer: its code and its attributes. */
    record Reply(RadiusPacket packet) {

        boolean accepted() {
            return packet.code() == PacketCode.ACCESS_ACCEPT;
        }

        boolean rejected() {
            return packet.code() == PacketCode.ACCESS_REJECT;
        }

        String replyMessage() {
            return packet.string(AttributeType.REPLY_MESSAGE);
        }

        String framedIp() {
            Inet4Address ip = packet.address(AttributeType.FRAMED_IP_ADDRESS);
            return ip == null ? null : ip.getHostAddress();
        }

        long interimInterval() {
            return packet.integer(AttributeType.ACCT_INTERIM_INTERVAL);
        }

        String primaryDns() {
            Inet4Address ip = packet.vendorAddress(MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.PRIMARY_DNS_SERVER);
            return ip == null ? null : ip.getHostAddress();
        }

        String secondaryDns() {
            Inet4Address ip =
                    packet.vendorAddress(MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.SECONDARY_DNS_SERVER);
            return ip == null ? null : ip.getHostAddress();
        }

        /** The 16-octet addresses of 3GPP-IPv6-DNS-Servers, as text. */
        List<String> ipv6Dns() {
            byte[] value = packet.vendorAttribute(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IPV6_DNS_SERVERS);
            List<String> out = new ArrayList<>();
            for (int i = 0; value != null && i + 16 <= value.length; i += 16) {
                try {
                    out.add(InetAddress.getByAddress(java.util.Arrays.copyOfRange(value, i, i + 16))
                            .getHostAddress());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return PacketCode.name(packet.code()) + " " + replyMessage();
        }
    }

    private final int port;
    private final byte[] secret;
    private int identifier;

    AccessClient(int port, String secret) {
        this.port = port;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    Reply send(Attach attach) {
        byte[] authenticator = new byte[16];
        RANDOM.nextBytes(authenticator);
        int id = identifier++ & 0xff;
        byte[] request = PacketBuilder.accessRequest(id, authenticator, attach.attributes(), true, secret);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), port));
            byte[] buffer = new byte[RadiusPacket.MAX_LENGTH];
            DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
            socket.receive(answer);
            RadiusPacket reply = RadiusPacket.parse(java.util.Arrays.copyOf(buffer, answer.getLength()));
            assertThat(reply).as("a well-formed reply").isNotNull();
            assertThat(reply.identifier()).isEqualTo(id);
            assertThat(Authenticators.verifyResponse(reply, authenticator, secret))
                    .as("Response Authenticator")
                    .isTrue();
            return new Reply(reply);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to the Access-Request within " + TIMEOUT_MILLIS + " ms", e);
        }
    }
}
