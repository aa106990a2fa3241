package org.simfleet.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.radius.support.Hex.bytes;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.attr.PlmnId;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.support.Vectors;

class AccountingRequestTest {
    private static final NasClient NAS = new NasClient(
            "radclient", InetAddress.getLoopbackAddress(), Vectors.RADCLIENT_SECRET, NasClient.DEFAULT_COA_PORT);

    private final AccountingRequest interim = wrap(bytes(Vectors.RADCLIENT_ACCOUNTING_REQUEST));

    @Test
    void readsStatusTypeAndSession() throws Exception {
        assertThat(interim.statusType()).isEqualTo(AcctStatusType.INTERIM_UPDATE);
        assertThat(interim.sessionId()).isEqualTo("4f2a0001");
        assertThat(interim.userName()).isEqualTo("001010123456789");
        assertThat(interim.framedIpAddress()).isEqualTo(InetAddress.getByName("10.45.0.7"));
        assertThat(interim.sessionTime()).isEqualTo(600);
    }

    @Test
    void combinesGigawordsAndOctetsIntoSixtyFourBits() {
        assertThat(interim.inputOctets()).isEqualTo((1L << 32) + 1_000);
        assertThat(interim.outputOctets()).isEqualTo(2_000);
    }

    @Test
    void reads3gppChargingAttributes() throws Exception {
        assertThat(interim.imsi()).isEqualTo("262011234567890");
        assertThat(interim.chargingId()).isEqualTo(305_419_896L);
        assertThat(interim.sgsnAddress()).isEqualTo(InetAddress.getByName("192.0.2.10"));
        assertThat(interim.imsiMccMnc()).isEqualTo(new PlmnId("262", "01"));
    }

    @Test
    void answersNullOrZeroForWhatTheGatewayLeftOut() {
        assertThat(interim.eventTimestamp()).isNull();
        assertThat(interim.terminateCause()).isNull();
        assertThat(interim.delayTime()).isNull();
        assertThat(interim.inputPackets()).isZero();
    }

    @Test
    void readsStopAttributes() {
        AccountingRequest stop = wrap(PacketBuilder.request(
                PacketCode.ACCOUNTING_REQUEST,
                9,
                new AttributeWriter()
                        .addInteger(AttributeType.ACCT_STATUS_TYPE, 2)
                        .addInteger(AttributeType.ACCT_TERMINATE_CAUSE, 4)
                        .addInteger(AttributeType.EVENT_TIMESTAMP, 1_700_000_000L)
                        .addInteger(AttributeType.ACCT_DELAY_TIME, 3)
                        .addInteger(AttributeType.ACCT_OUTPUT_GIGAWORDS, 2)
                        .addInteger(AttributeType.ACCT_OUTPUT_PACKETS, 77),
                false,
                Vectors.RADCLIENT_SECRET));

        assertThat(stop.statusType()).isEqualTo(AcctStatusType.STOP);
        assertThat(stop.terminateCause()).isEqualTo(4);
        assertThat(stop.eventTimestamp()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(stop.delayTime()).isEqualTo(3);
        assertThat(stop.outputOctets()).isEqualTo(2L << 32);
        assertThat(stop.outputPackets()).isEqualTo(77);
    }

    private static AccountingRequest wrap(byte[] raw) {
        return new AccountingRequest(RadiusPacket.parse(raw), NAS, new InetSocketAddress(NAS.address(), 43453));
    }
}
