package org.simfleet.radius.attr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.radius.support.Hex.bytes;

import org.junit.jupiter.api.Test;

class UserLocationTest {
    private static final PlmnId TELEKOM_DE = new PlmnId("262", "01");

    @Test
    void decodesTaiAndEcgi() {
        UserLocation location = UserLocation.decode(bytes("82 62f210 1234 62f210 01a2b3c4"));

        assertThat(location.type()).isEqualTo(GeographicLocationType.TAI_AND_ECGI);
        assertThat(location.plmn()).isEqualTo(TELEKOM_DE);
        assertThat(location.tac()).isEqualTo(0x1234);
        assertThat(location.eci()).isEqualTo(0x1a2b3c4L);
        assertThat(location.lac()).isNull();
    }

    @Test
    void decodesTaiAndEcgiOfANetworkWithAThreeDigitMnc() {
        UserLocation location = UserLocation.decode(bytes("82 130014 fffe 130014 0fffffff"));

        assertThat(location.plmn()).isEqualTo(new PlmnId("310", "410"));
        assertThat(location.tac()).isEqualTo(65534);
        assertThat(location.eci()).isEqualTo(268_435_455L);
    }

    @Test
    void ignoresTheSpareBitsAboveTheEci() {
        UserLocation location = UserLocation.decode(bytes("81 62f210 f0000001"));

        assertThat(location.type()).isEqualTo(GeographicLocationType.ECGI);
        assertThat(location.eci()).isEqualTo(1L);
    }

    @Test
    void decodesCgi() {
        UserLocation location = UserLocation.decode(bytes("00 62f210 0102 0304"));

        assertThat(location.type()).isEqualTo(GeographicLocationType.CGI);
        assertThat(location.lac()).isEqualTo(0x0102);
        assertThat(location.ci()).isEqualTo(0x0304);
    }

    @Test
    void decodesSai() {
        UserLocation location = UserLocation.decode(bytes("01 62f210 0102 0506"));

        assertThat(location.lac()).isEqualTo(0x0102);
        assertThat(location.sac()).isEqualTo(0x0506);
    }

    @Test
    void decodesRaiWhoseSecondRacOctetIsTheFiller() {
        UserLocation location = UserLocation.decode(bytes("02 62f210 0102 07ff"));

        assertThat(location.lac()).isEqualTo(0x0102);
        assertThat(location.rac()).isEqualTo(7);
    }

    @Test
    void decodesTai() {
        UserLocation location = UserLocation.decode(bytes("80 62f210 4e21"));

        assertThat(location.tac()).isEqualTo(20001);
        assertThat(location.eci()).isNull();
    }

    @Test
    void decodesNcgiWithItsThirtySixBitCellIdentity() {
        UserLocation location = UserLocation.decode(bytes("87 62f210 f123456789"));

        assertThat(location.type()).isEqualTo(GeographicLocationType.NCGI);
        assertThat(location.nci()).isEqualTo(0x123456789L);
    }

    @Test
    void decodesFiveGsTaiAndNcgi() {
        UserLocation location = UserLocation.decode(bytes("89 62f210 000064 62f210 0000000abc"));

        assertThat(location.type()).isEqualTo(GeographicLocationType.FIVE_GS_TAI_AND_NCGI);
        assertThat(location.tac()).isEqualTo(100);
        assertThat(location.nci()).isEqualTo(0xabcL);
    }

    @Test
    void decodesAThreeOctetFiveGsTac() {
        UserLocation location = UserLocation.decode(bytes("88 62f210 abcdef"));

        assertThat(location.tac()).isEqualTo(0xabcdef);
    }

    @Test
    void refusesALengthThatDoesNotMatchTheType() {
        assertThat(UserLocation.decode(bytes("82 62f210 1234 62f210 01a2b3"))).isNull();
    }

    @Test
    void leavesLocationTypesItDoesNotDecodeRaw() {
        // 131: eNodeB ID.
        assertThat(UserLocation.decode(bytes("83 62f210 000123"))).isNull();
    }

    @Test
    void refusesACellPlmnThatIsNotDigits() {
        assertThat(UserLocation.decode(bytes("82 62f210 1234 6aff10 01a2b3c4"))).isNull();
    }
}
