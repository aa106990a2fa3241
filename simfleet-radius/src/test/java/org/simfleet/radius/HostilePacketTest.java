package org.simfleet.radius;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.support.Mutator;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.TestNas;

/**
 * The views decode lazily, so hostile attribute values reach the decoders only when the application asks: every
 * getter must then answer (null if need be) rather than throw, whatever the packet held.
 */
class HostilePacketTest {
    private static final int MUTANTS = 20_000;
    private static final InetSocketAddress SOURCE = new InetSocketAddress(TestNas.GATEWAY.address(), 40000);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void readsEveryAttributeOfMutatedPacketsWithoutThrowing(long seed) {
        Mutator mutator = new Mutator(seed);
        byte[] access = Requests.accessRequest(
                1,
                Requests.subscriber(Requests.IMSI)
                        .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.SGSN_MCC_MNC, "310410")
                        .addVendor(
                                ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.MS_TIME_ZONE, new byte[] {(byte) 0x80, 1
                                }));
        byte[] accounting = Requests.accountingRequest(2, 3, "s1");

        assertThatCode(() -> {
                    for (int i = 0; i < MUTANTS; i++) {
                        RadiusPacket packet = RadiusPacket.parse(mutator.mutate(i % 2 == 0 ? access : accounting));
                        if (packet != null) {
                            readEverything(packet);
                        }
                    }
                })
                .doesNotThrowAnyException();
    }

    private static void readEverything(RadiusPacket packet) {
        Authenticators.checkMessageAuthenticator(packet, TestNas.SECRET);
        Authenticators.verifyRequest(packet, TestNas.SECRET);
        AccessRequest access = new AccessRequest(packet, TestNas.GATEWAY, SOURCE);
        access.userName();
        access.userPassword();
        access.nasIpAddress();
        access.nasIdentifier();
        access.calledStationId();
        access.callingStationId();
        access.framedIpAddress();
        access.classes();
        access.nasPortType();
        access.imsi();
        access.chargingId();
        access.pdpType();
        access.chargingGatewayAddress();
        access.negotiatedQosProfile();
        access.sgsnAddress();
        access.ggsnAddress();
        access.imsiMccMnc();
        access.ggsnMccMnc();
        access.sgsnMccMnc();
        access.nsapi();
        access.selectionMode();
        access.chargingCharacteristics();
        access.imeisv();
        access.ratType();
        access.ratTypeCode();
        access.userLocation();
        access.msTimeZone();
        AccountingRequest accounting = new AccountingRequest(packet, TestNas.GATEWAY, SOURCE);
        accounting.statusType();
        accounting.sessionId();
        accounting.multiSessionId();
        accounting.inputOctets();
        accounting.outputOctets();
        accounting.inputPackets();
        accounting.outputPackets();
        accounting.sessionTime();
        accounting.terminateCause();
        accounting.delayTime();
        accounting.eventTimestamp();
    }
}
