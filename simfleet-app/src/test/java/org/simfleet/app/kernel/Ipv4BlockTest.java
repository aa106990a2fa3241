package org.simfleet.app.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4BlockTest {

    @Test
    void knowsItsFirstAndLastAddress() {
        Ipv4Block block = Ipv4Block.of("100.64.0.0/10");

        assertThat(Ipv4Address.text(block.first())).isEqualTo("100.64.0.0");
        assertThat(Ipv4Address.text(block.last())).isEqualTo("100.127.255.255");
        assertThat(block.size()).isEqualTo(1L << 22);
    }

    @Test
    void namesTheNetworkWhenHostBitsAreSet() {
        assertThatThrownBy(() -> Ipv4Block.of("100.64.0.1/10")).hasMessageContaining("did you mean 100.64.0.0/10");
    }

    @Test
    void overlapsOnlyWhenTheyShareAnAddress() {
        Ipv4Block a = Ipv4Block.of("10.0.0.0/24");

        assertThat(a.overlaps(Ipv4Block.of("10.0.0.128/25"))).isTrue();
        assertThat(a.overlaps(Ipv4Block.of("10.0.1.0/24"))).isFalse();
        assertThat(Ipv4Block.of("10.0.0.0/8").overlaps(a)).isTrue();
    }

    @Test
    void addressesRoundTripThroughTheirNumber() {
        assertThat(Ipv4Address.of("255.255.255.255").value()).isEqualTo(Ipv4Address.MAX);
        assertThat(Ipv4Address.of("100.64.0.7")).hasToString("100.64.0.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0/8", "10.0.0.0/33", "10.0.0.256/32", "010.0.0.0/8", "10.0.0.0/-1"})
    void refusesWhatIsNoCidrBlock(String text) {
        assertThatThrownBy(() -> Ipv4Block.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
