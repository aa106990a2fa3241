package org.simfleet.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.simfleet.radius.support.Hex.bytes;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.attr.MicrosoftAttribute;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.Vectors;

class AccessDecisionTest {
    private static final RadiusPacket REQUEST = RadiusPacket.parse(bytes(Vectors.RADCLIENT_ACCESS_REQUEST));

    @Test
    void encodesTheSessionConfigurationOfAnAccept() throws Exception {
        AccessDecision accept = AccessDecision.accept()
                .framedIpAddress(Requests.ipv4("10.45.0.7"))
                .sessionTimeout(86_400)
                .acctInterimInterval(900)
                .dns(Requests.ipv4("192.0.2.53"), Requests.ipv4("192.0.2.54"))
                .classAttribute("sim-42".getBytes())
                .build();

        RadiusPacket reply = replyTo(accept);

        assertThat(accept.accepted()).isTrue();
        assertThat(reply.address(AttributeType.FRAMED_IP_ADDRESS)).isEqualTo(InetAddress.getByName("10.45.0.7"));
        assertThat(reply.integer(AttributeType.SESSION_TIMEOUT)).isEqualTo(86_400);
        assertThat(reply.integer(AttributeType.ACCT_INTERIM_INTERVAL)).isEqualTo(900);
        assertThat(reply.vendorAddress(MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.PRIMARY_DNS_SERVER))
                .isEqualTo(InetAddress.getByName("192.0.2.53"));
        assertThat(reply.vendorAddress(MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.SECONDARY_DNS_SERVER))
                .isEqualTo(InetAddress.getByName("192.0.2.54"));
        assertThat(reply.string(AttributeType.CLASS)).isEqualTo("sim-42");
    }

    @Test
    void listsIpv6DnsServersInOne3gppAttribute() throws Exception {
        AccessDecision accept = AccessDecision.accept()
                .ipv6Dns((Inet6Address) InetAddress.getByName("2001:db8::53"), (Inet6Address)
                        InetAddress.getByName("2001:db8::54"))
                .build();

        byte[] servers =
                replyTo(accept).vendorAttribute(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IPV6_DNS_SERVERS);

        assertThat(servers).hasSize(32);
        assertThat(InetAddress.getByAddress(java.util.Arrays.copyOfRange(servers, 16, 32)))
                .isEqualTo(InetAddress.getByName("2001:db8::54"));
    }

    @Test
    void rejectsWithAReplyMessage() {
        AccessDecision reject = AccessDecision.reject("SIM suspended");

        assertThat(reject.accepted()).isFalse();
        assertThat(replyTo(reject).string(AttributeType.REPLY_MESSAGE)).isEqualTo("SIM suspended");
    }

    @Test
    void refusesAnInterimIntervalBelowAMinute() {
        assertThatThrownBy(() -> AccessDecision.accept().acctInterimInterval(59))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RadiusPacket replyTo(AccessDecision decision) {
        return RadiusPacket.parse(
                PacketBuilder.response(PacketCode.ACCESS_ACCEPT, REQUEST, decision, true, Vectors.RADCLIENT_SECRET));
    }
}
