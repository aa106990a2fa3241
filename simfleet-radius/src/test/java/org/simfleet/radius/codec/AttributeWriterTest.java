package org.simfleet.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.simfleet.radius.support.Hex;

class AttributeWriterTest {
    @Test
    void writesAVendorSubAttributeInItsOwnVendorSpecific() {
        byte[] encoded = new AttributeWriter().addVendorOctet(10415, 21, 6).toByteArray();

        assertThat(Hex.hex(encoded)).isEqualTo("1a09000028af150306");
    }

    @Test
    void writesIntegersUnsignedInNetworkOrder() {
        byte[] encoded = new AttributeWriter().addInteger(27, 0xfffffffeL).toByteArray();

        assertThat(Hex.hex(encoded)).isEqualTo("1b06fffffffe");
    }

    @Test
    void refusesAnEmptyValue() {
        assertThatThrownBy(() -> new AttributeWriter().add(1, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAValueLongerThan253Octets() {
        assertThatThrownBy(() -> new AttributeWriter().add(1, new byte[254]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAVendorValueLongerThan247Octets() {
        assertThatThrownBy(() -> new AttributeWriter().addVendor(10415, 1, new byte[248]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPacketOverFourKilobytes() {
        AttributeWriter attributes = new AttributeWriter();
        for (int i = 0; i < 17; i++) {
            attributes.add(AttributeType.CLASS, new byte[240]);
        }

        assertThatThrownBy(() ->
                        PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, 1, attributes, false, new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
