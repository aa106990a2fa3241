package org.simfleet.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.radius.support.Hex.bytes;

import java.net.InetAddress;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simfleet.radius.support.Vectors;

class RadiusPacketTest {
    private static final int LOGIN_SERVICE = 15;
    private static final int LOGIN_IP_HOST = 14;

    @Test
    void decodesTheRfc2865TelnetAccessRequest() throws Exception {
        RadiusPacket packet = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_REQUEST));

        assertThat(packet.code()).isEqualTo(PacketCode.ACCESS_REQUEST);
        assertThat(packet.identifier()).isZero();
        assertThat(packet.length()).isEqualTo(56);
        assertThat(packet.attributeCount()).isEqualTo(4);
        assertThat(packet.string(AttributeType.USER_NAME)).isEqualTo("nemo");
        assertThat(packet.address(AttributeType.NAS_IP_ADDRESS)).isEqualTo(InetAddress.getByName("192.168.1.16"));
        assertThat(packet.integer(AttributeType.NAS_PORT)).isEqualTo(3);
        assertThat(packet.attribute(AttributeType.USER_PASSWORD)).hasSize(16);
    }

    @Test
    void decodesTheRfc2865ChapAccessRequest() {
        RadiusPacket packet = RadiusPacket.parse(bytes(Vectors.RFC_7_2_ACCESS_REQUEST));

        assertThat(packet.identifier()).isEqualTo(1);
        assertThat(packet.string(AttributeType.USER_NAME)).isEqualTo("flopsy");
        assertThat(packet.attribute(AttributeType.CHAP_PASSWORD)).hasSize(17).startsWith(0x16);
        assertThat(packet.integer(AttributeType.NAS_PORT)).isEqualTo(20);
        assertThat(packet.integer(AttributeType.SERVICE_TYPE)).isEqualTo(2);
        assertThat(packet.integer(AttributeType.FRAMED_PROTOCOL)).isEqualTo(1);
        assertThat(packet.bytes()).isEqualTo(bytes(Vectors.RFC_7_2_ACCESS_REQUEST));
    }

    @Test
    void encodesTheRfc2865TelnetAccessRequestOctetForOctet() throws Exception {
        byte[] rfc = bytes(Vectors.RFC_7_1_ACCESS_REQUEST);
        byte[] authenticator = RadiusPacket.parse(rfc).authenticator();
        AttributeWriter attributes = new AttributeWriter()
                .addString(AttributeType.USER_NAME, "nemo")
                .add(
                        AttributeType.USER_PASSWORD,
                        UserPassword.hide("arctangent".getBytes(), authenticator, Vectors.RFC_SECRET))
                .addAddress(AttributeType.NAS_IP_ADDRESS, (java.net.Inet4Address) InetAddress.getByName("192.168.1.16"))
                .addInteger(AttributeType.NAS_PORT, 3);

        byte[] built = PacketBuilder.accessRequest(0, authenticator, attributes, false, Vectors.RFC_SECRET);

        assertThat(built).isEqualTo(rfc);
    }

    @Test
    void encodesTheRfc2865AccessAcceptWithItsResponseAuthenticator() throws Exception {
        RadiusPacket request = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_REQUEST));
        AttributeWriter attributes = new AttributeWriter()
                .addInteger(AttributeType.SERVICE_TYPE, 1)
                .addInteger(LOGIN_SERVICE, 0)
                .addAddress(LOGIN_IP_HOST, (java.net.Inet4Address) InetAddress.getByName("192.168.1.3"));

        byte[] built = PacketBuilder.response(PacketCode.ACCESS_ACCEPT, request, attributes, false, Vectors.RFC_SECRET);

        assertThat(built).isEqualTo(bytes(Vectors.RFC_7_1_ACCESS_ACCEPT));
    }

    @Test
    void ignoresPaddingPastTheLengthField() {
        byte[] rfc = bytes(Vectors.RFC_7_1_ACCESS_REQUEST);
        byte[] padded = java.util.Arrays.copyOf(rfc, rfc.length + 7);

        RadiusPacket packet = RadiusPacket.parse(padded);

        assertThat(packet.bytes()).isEqualTo(rfc);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("shorter than a header", "01 00 00 14 00 00"),
                Arguments.of("length field below 20", "01 00 00 13" + " 00".repeat(16)),
                Arguments.of("length field beyond the datagram", "01 00 00 20" + " 00".repeat(16)),
                Arguments.of("length field above 4096", "01 00 10 01" + " 00".repeat(4097 - 4)),
                Arguments.of("attribute length 0", "01 00 00 16" + " 00".repeat(16) + " 01 00"),
                Arguments.of("attribute length 1", "01 00 00 16" + " 00".repeat(16) + " 01 01"),
                Arguments.of("attribute past the packet", "01 00 00 16" + " 00".repeat(16) + " 01 03"),
                Arguments.of("lone attribute type octet", "01 00 00 15" + " 00".repeat(16) + " 01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesMalformedPackets(String why, String hex) {
        assertThat(RadiusPacket.parse(bytes(hex))).isNull();
    }

    @Test
    void treatsAWrongSizedIntegerAsAbsentButKeepsItsOctets() {
        byte[] raw = bytes("01 00 00 19" + " 00".repeat(16) + " 05 05 00 00 03");

        RadiusPacket packet = RadiusPacket.parse(raw);

        assertThat(packet.integer(AttributeType.NAS_PORT)).isEqualTo(RadiusPacket.ABSENT);
        assertThat(packet.attribute(AttributeType.NAS_PORT)).containsExactly(0, 0, 3);
    }

    @Test
    void findsASubAttributeAmongSeveralInOneVendorSpecific() {
        // 3GPP VSA holding RAT-Type (21) = 6 and Selection-Mode (12) = "0" in one attribute.
        byte[] raw = bytes("01 00 00 20" + " 00".repeat(16) + " 1a 0c 00 00 28 af 15 03 06 0c 03 30");

        RadiusPacket packet = RadiusPacket.parse(raw);

        assertThat(packet.vendorOctet(10415, 21)).isEqualTo(6);
        assertThat(packet.vendorString(10415, 12)).isEqualTo("0");
    }

    @Test
    void treatsAVendorSpecificWhoseSubAttributesDoNotTileAsOpaque() {
        // The sub-attribute claims 9 octets where the VSA has 3 left.
        byte[] raw = bytes("01 00 00 1d" + " 00".repeat(16) + " 1a 09 00 00 28 af 15 09 06");

        RadiusPacket packet = RadiusPacket.parse(raw);

        assertThat(packet).isNotNull();
        assertThat(packet.vendorOctet(10415, 21)).isEqualTo(RadiusPacket.ABSENT);
    }
}
