package org.simfleet.radius.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.Authenticators.MessageAuthenticator;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.support.Radclient;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.RequiresRadclient;
import org.simfleet.radius.support.TestDas;
import org.simfleet.radius.support.TestDas.Reply;
import org.simfleet.radius.support.Vectors;

/**
 * radclient cannot be a DAS, so both radclient and our client send to the test DAS, and the two requests are
 * compared; radclient accepting the test DAS's ACK also shows the test DAS signs as a real DAS does.
 */
@RequiresRadclient
class RadclientDisconnectInteropTest {
    private final TestDas das =
            TestDas.start((request, copies) -> new Reply(request.code() + 1, new byte[0], Vectors.RADCLIENT_SECRET));
    private final DynamicAuthorizationClient client =
            DynamicAuthorizationClient.start(DynamicAuthorizationConfig.defaults(InetAddress.getLoopbackAddress()));

    @AfterEach
    void stop() {
        client.close();
        das.close();
    }

    @Test
    void radclientAcceptsTheTestDasAck() {
        Radclient.Result result = Radclient.run(
                "User-Name = \"262011234567890\"\nMessage-Authenticator = 0x00\n",
                das.port(),
                "disconnect",
                Vectors.RADCLIENT_SECRET);

        assertThat(result.output()).contains("Received Disconnect-ACK");
    }

    @Test
    void sendsTheDisconnectRequestRadclientSendsForTheSameSession() throws Exception {
        Radclient.run(
                """
                User-Name = "262011234567890"
                Acct-Session-Id = "4f2a0001"
                Framed-IP-Address = 10.45.0.7
                Message-Authenticator = 0x00
                """,
                das.port(),
                "disconnect",
                Vectors.RADCLIENT_SECRET);
        AttributeWriter sameSession = new AttributeWriter()
                .addString(AttributeType.USER_NAME, "262011234567890")
                .addString(AttributeType.ACCT_SESSION_ID, "4f2a0001")
                .addAddress(AttributeType.FRAMED_IP_ADDRESS, Requests.ipv4("10.45.0.7"));

        client.disconnect(nas(), sameSession).toCompletableFuture().get(5, TimeUnit.SECONDS);

        RadiusPacket theirs = das.received().get(0).packet();
        RadiusPacket ours = das.received().get(1).packet();
        assertThat(ours.code()).isEqualTo(theirs.code()).isEqualTo(PacketCode.DISCONNECT_REQUEST);
        assertThat(attributesBesidesMessageAuthenticator(ours))
                .containsExactlyInAnyOrderElementsOf(attributesBesidesMessageAuthenticator(theirs));
        assertBothAuthenticatorsVerify(theirs);
        assertBothAuthenticatorsVerify(ours);
    }

    @Test
    void sendsTheCoaRequestRadclientSendsForTheSameChange() throws Exception {
        Radclient.run(
                """
                User-Name = "262011234567890"
                Session-Timeout = 600
                3GPP-Charging-Characteristics = "0800"
                Message-Authenticator = 0x00
                """,
                das.port(),
                "coa",
                Vectors.RADCLIENT_SECRET);
        AttributeWriter change = new AttributeWriter()
                .addString(AttributeType.USER_NAME, "262011234567890")
                .addInteger(AttributeType.SESSION_TIMEOUT, 600)
                .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.CHARGING_CHARACTERISTICS, "0800");

        DynamicAuthorizationResponse response = client.changeOfAuthorization(nas(), change)
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);

        assertThat(response.code()).isEqualTo(PacketCode.COA_ACK);
        assertThat(attributesBesidesMessageAuthenticator(das.received().get(1).packet()))
                .containsExactlyInAnyOrderElementsOf(attributesBesidesMessageAuthenticator(
                        das.received().get(0).packet()));
    }

    private static List<String> attributesBesidesMessageAuthenticator(RadiusPacket packet) {
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < packet.attributeCount(); i++) {
            if (packet.attributeType(i) != AttributeType.MESSAGE_AUTHENTICATOR) {
                attributes.add(packet.attributeType(i) + "=" + HexFormat.of().formatHex(packet.attributeValue(i)));
            }
        }
        return attributes;
    }

    private static void assertBothAuthenticatorsVerify(RadiusPacket request) {
        assertThat(Authenticators.verifyRequest(request, Vectors.RADCLIENT_SECRET))
                .isTrue();
        assertThat(Authenticators.checkMessageAuthenticator(request, Vectors.RADCLIENT_SECRET))
                .isEqualTo(MessageAuthenticator.VALID);
    }

    private NasClient nas() {
        return new NasClient("radclient-das", InetAddress.getLoopbackAddress(), Vectors.RADCLIENT_SECRET, das.port());
    }
}
