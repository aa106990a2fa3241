package org.simfleet.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.radius.support.Hex.bytes;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.codec.Authenticators.MessageAuthenticator;
import org.simfleet.radius.support.Vectors;

class AuthenticatorsTest {
    private static final byte[] WRONG_SECRET = "testing124".getBytes(StandardCharsets.US_ASCII);

    @Test
    void verifiesTheRfc2865AccessAcceptResponseAuthenticator() {
        RadiusPacket request = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_REQUEST));
        RadiusPacket accept = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_ACCEPT));

        assertThat(Authenticators.verifyResponse(accept, request.authenticator(), Vectors.RFC_SECRET))
                .isTrue();
    }

    @Test
    void refusesAResponseAuthenticatorUnderAnotherSecret() {
        RadiusPacket request = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_REQUEST));
        RadiusPacket accept = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_ACCEPT));

        assertThat(Authenticators.verifyResponse(accept, request.authenticator(), WRONG_SECRET))
                .isFalse();
    }

    @Test
    void verifiesTheAccountingRequestAuthenticatorRadclientComputed() {
        RadiusPacket packet = RadiusPacket.parse(bytes(Vectors.RADCLIENT_ACCOUNTING_REQUEST));

        assertThat(Authenticators.verifyRequest(packet, Vectors.RADCLIENT_SECRET))
                .isTrue();
    }

    @Test
    void refusesAnAccountingRequestWithOneBitChanged() {
        byte[] raw = bytes(Vectors.RADCLIENT_ACCOUNTING_REQUEST);
        raw[raw.length - 1] ^= 1;

        assertThat(Authenticators.verifyRequest(RadiusPacket.parse(raw), Vectors.RADCLIENT_SECRET))
                .isFalse();
    }

    @Test
    void refusesAnAccountingRequestUnderAnotherSecret() {
        RadiusPacket packet = RadiusPacket.parse(bytes(Vectors.RADCLIENT_ACCOUNTING_REQUEST));

        assertThat(Authenticators.verifyRequest(packet, WRONG_SECRET)).isFalse();
    }

    @Test
    void verifiesTheMessageAuthenticatorRadclientPutInAnAccessRequest() {
        RadiusPacket packet = RadiusPacket.parse(bytes(Vectors.RADCLIENT_ACCESS_REQUEST));

        assertThat(Authenticators.checkMessageAuthenticator(packet, Vectors.RADCLIENT_SECRET))
                .isEqualTo(MessageAuthenticator.VALID);
    }

    @Test
    void refusesAnAccessRequestMessageAuthenticatorWhenAnAttributeChanged() {
        byte[] raw = bytes(Vectors.RADCLIENT_ACCESS_REQUEST);
        raw[22] ^= 1; // a digit of the User-Name

        assertThat(Authenticators.checkMessageAuthenticator(RadiusPacket.parse(raw), Vectors.RADCLIENT_SECRET))
                .isEqualTo(MessageAuthenticator.INVALID);
    }

    @Test
    void refusesAnAccessRequestMessageAuthenticatorWhenTheAuthenticatorChanged() {
        byte[] raw = bytes(Vectors.RADCLIENT_ACCESS_REQUEST);
        raw[4] ^= 1;

        assertThat(Authenticators.checkMessageAuthenticator(RadiusPacket.parse(raw), Vectors.RADCLIENT_SECRET))
                .isEqualTo(MessageAuthenticator.INVALID);
    }

    @Test
    void verifiesBothAuthenticatorsRadclientPutInADisconnectRequest() {
        RadiusPacket packet = RadiusPacket.parse(bytes(Vectors.RADCLIENT_DISCONNECT_REQUEST));

        assertThat(Authenticators.verifyRequest(packet, Vectors.RADCLIENT_SECRET))
                .isTrue();
        assertThat(Authenticators.checkMessageAuthenticator(packet, Vectors.RADCLIENT_SECRET))
                .isEqualTo(MessageAuthenticator.VALID);
    }

    @Test
    void reportsAnAbsentMessageAuthenticator() {
        RadiusPacket packet = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_REQUEST));

        assertThat(Authenticators.checkMessageAuthenticator(packet, Vectors.RFC_SECRET))
                .isEqualTo(MessageAuthenticator.ABSENT);
    }

    @Test
    void refusesAMessageAuthenticatorOfTheWrongLength() {
        RadiusPacket packet = RadiusPacket.parse(bytes("01 00 00 18" + " 00".repeat(16) + " 50 04 00 00"));

        assertThat(Authenticators.checkMessageAuthenticator(packet, Vectors.RFC_SECRET))
                .isEqualTo(MessageAuthenticator.INVALID);
    }

    @Test
    void refusesTwoMessageAuthenticators() {
        byte[] once = PacketBuilder.accessRequest(
                7, new byte[16], new AttributeWriter().addString(AttributeType.USER_NAME, "x"), true, WRONG_SECRET);
        byte[] twice = java.util.Arrays.copyOf(once, once.length + 18);
        System.arraycopy(once, 20, twice, once.length, 18);
        twice[3] = (byte) twice.length;

        assertThat(Authenticators.checkMessageAuthenticator(RadiusPacket.parse(twice), WRONG_SECRET))
                .isEqualTo(MessageAuthenticator.INVALID);
    }

    @Test
    void signsAReplyWhoseMessageAuthenticatorUsesTheRequestAuthenticator() {
        RadiusPacket request = RadiusPacket.parse(bytes(Vectors.RADCLIENT_ACCESS_REQUEST));

        RadiusPacket reply = RadiusPacket.parse(PacketBuilder.response(
                PacketCode.ACCESS_ACCEPT, request, new AttributeWriter(), true, Vectors.RADCLIENT_SECRET));

        assertThat(reply.attributeType(0)).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        assertThat(Authenticators.checkMessageAuthenticator(reply, Vectors.RADCLIENT_SECRET, request.authenticator()))
                .isEqualTo(MessageAuthenticator.VALID);
        assertThat(Authenticators.verifyResponse(reply, request.authenticator(), Vectors.RADCLIENT_SECRET))
                .isTrue();
    }

    @Test
    void signsADisconnectRequestTheWayRadclientDoes() {
        RadiusPacket radclient = RadiusPacket.parse(bytes(Vectors.RADCLIENT_DISCONNECT_REQUEST));
        AttributeWriter sameAttributes = new AttributeWriter();
        for (int i = 0; i < radclient.attributeCount(); i++) {
            if (radclient.attributeType(i) != AttributeType.MESSAGE_AUTHENTICATOR) {
                sameAttributes.add(radclient.attributeType(i), radclient.attributeValue(i));
            }
        }

        RadiusPacket ours = RadiusPacket.parse(PacketBuilder.request(
                PacketCode.DISCONNECT_REQUEST, 31, sameAttributes, true, Vectors.RADCLIENT_SECRET));

        assertThat(Authenticators.verifyRequest(ours, Vectors.RADCLIENT_SECRET)).isTrue();
        assertThat(Authenticators.checkMessageAuthenticator(ours, Vectors.RADCLIENT_SECRET))
                .isEqualTo(MessageAuthenticator.VALID);
    }
}
