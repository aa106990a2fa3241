package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmppConfigTest {
    private final SmppConfig base = SmppConfig.defaults("smsc.example", 2775, "simfleet", "secret");

    @Test
    void defaultsToOneTransceiverBindWithReceiptsAndAWindowOf50() {
        assertThat(base.bindMode()).isEqualTo(BindMode.TRANSCEIVER);
        assertThat(base.window()).isEqualTo(50);
        assertThat(base.requestDeliveryReceipts()).isTrue();
        assertThat(base.maxSubmitsPerSecond()).isZero();
        assertThat(base.systemType()).isEmpty();
    }

    @Test
    void refusesFieldsLongerThanSmppAllows() {
        assertThatThrownBy(() -> SmppConfig.defaults("h", 1, "a".repeat(16), "p"))
                .hasMessageContaining("systemId");
        assertThatThrownBy(() -> SmppConfig.defaults("h", 1, "s", "123456789")).hasMessageContaining("password");
        assertThatThrownBy(() -> base.withSystemType("a".repeat(13))).hasMessageContaining("systemType");
    }

    @Test
    void refusesImpossibleNumbers() {
        assertThatThrownBy(() -> SmppConfig.defaults("h", 0, "s", "p")).hasMessageContaining("port");
        assertThatThrownBy(() -> base.withWindow(0)).hasMessageContaining("window");
        assertThatThrownBy(() -> base.withQueueCapacity(-1)).hasMessageContaining("queueCapacity");
        assertThatThrownBy(() -> base.withMaxSubmitsPerSecond(-5)).hasMessageContaining("maxSubmitsPerSecond");
        assertThatThrownBy(() -> base.withReconnectDelays(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("reconnectMaxDelay");
        assertThatThrownBy(() -> base.withResponseTimeout(Duration.ZERO)).hasMessageContaining("responseTimeout");
    }

    @Test
    void refusesADefaultSourceNoHandsetCouldShow() {
        assertThatThrownBy(() -> base.withDefaultSource("TwelveLetter")).hasMessageContaining("alphanumeric");
        assertThat(base.withDefaultSource("Simfleet").defaultSource()).isEqualTo("Simfleet");
        assertThat(base.withDefaultSource("+4930123456").defaultSource()).isEqualTo("+4930123456");
    }

    @Test
    void keepsThePasswordOutOfItsText() {
        assertThat(base.toString()).doesNotContain("secret").contains("simfleet@smsc.example:2775");
    }
}
