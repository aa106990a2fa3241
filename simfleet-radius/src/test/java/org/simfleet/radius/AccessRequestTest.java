package org.simfleet.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.radius.support.Hex.bytes;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.attr.GeographicLocationType;
import org.simfleet.radius.attr.MsTimeZone;
import org.simfleet.radius.attr.PlmnId;
import org.simfleet.radius.attr.RatType;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.support.Vectors;

class AccessRequestTest {
    private final AccessRequest request = radclientRequest();

    @Test
    void readsTheSessionAttributesOfRfc2865() throws Exception {
        assertThat(request.userName()).isEqualTo("001010123456789");
        assertThat(request.callingStationId()).isEqualTo("491701234567");
        assertThat(request.calledStationId()).isEqualTo("iot.simfleet");
        assertThat(request.nasIpAddress()).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(request.framedIpAddress()).isNull();
    }

    @Test
    void revealsTheUserPasswordWithTheNasSecret() {
        assertThat(request.userPassword()).isEqualTo("secret");
    }

    @Test
    void readsThe3gppImsiAndRatType() {
        assertThat(request.imsi()).isEqualTo("262011234567890");
        assertThat(request.ratType()).isEqualTo(RatType.EUTRAN);
        assertThat(request.ratTypeCode()).isEqualTo(6);
    }

    @Test
    void decodesTheUserLocationInfo() {
        assertThat(request.userLocation().type()).isEqualTo(GeographicLocationType.TAI_AND_ECGI);
        assertThat(request.userLocation().plmn()).isEqualTo(new PlmnId("262", "01"));
        assertThat(request.userLocation().tac()).isEqualTo(0x1234);
        assertThat(request.userLocation().eci()).isEqualTo(0x1a2b3c4L);
    }

    @Test
    void decodesTheMsTimeZone() {
        assertThat(request.msTimeZone()).isEqualTo(new MsTimeZone(ZoneOffset.ofHours(2), 1));
    }

    @Test
    void answersNullForAbsent3gppAttributes() {
        assertThat(request.chargingId()).isNull();
        assertThat(request.sgsnMccMnc()).isNull();
        assertThat(request.imeisv()).isNull();
    }

    private static AccessRequest radclientRequest() {
        NasClient nas = new NasClient(
                "radclient", InetAddress.getLoopbackAddress(), Vectors.RADCLIENT_SECRET, NasClient.DEFAULT_COA_PORT);
        return new AccessRequest(
                RadiusPacket.parse(bytes(Vectors.RADCLIENT_ACCESS_REQUEST)),
                nas,
                new InetSocketAddress(nas.address(), 41089));
    }
}
