package org.simfleet.radius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NasClientTest {
    private static final byte[] SECRET = "gateway-secret".getBytes();

    @Test
    void neverShowsTheSecret() {
        NasClient nas = new NasClient("pgw-1", InetAddress.getLoopbackAddress(), SECRET, 3799);

        assertThat(nas.toString()).contains("pgw-1").doesNotContain("gateway-secret");
    }

    @Test
    void keepsItsSecretWhateverTheCallerChangesInTheArray() {
        byte[] secret = SECRET.clone();
        NasClient nas = new NasClient("pgw-1", InetAddress.getLoopbackAddress(), secret, 3799);

        secret[0] = 'X';
        nas.secret()[1] = 'Y';

        assertThat(nas.secret()).isEqualTo(SECRET);
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatThrownBy(() -> new NasClient("pgw-1", InetAddress.getLoopbackAddress(), new byte[0], 3799))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
