package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The IMEI lock as the AAA read model will apply it to the IMEISV a gateway reports. */
class EndpointBindingsTest {

    private static EndpointBindings.Binding binding(String imei, boolean lock) {
        return new EndpointBindings.Binding(1, 1, true, imei, lock, 1, 1, 1);
    }

    @Test
    void unlockedEndpointAcceptsAnyDevice() {
        assertThat(binding(null, false).acceptsDevice("356938035643809")).isTrue();
    }

    @Test
    void lockedEndpointAcceptsItsOwnDevice() {
        assertThat(binding("490154203237518", true).acceptsDevice("490154203237518"))
                .isTrue();
    }

    @Test
    void lockedEndpointAcceptsTheImeisvOfItsDevice() {
        assertThat(binding("490154203237518", true).acceptsDevice("4901542032375106"))
                .isTrue();
    }

    @Test
    void lockedEndpointRefusesAnotherDevice() {
        assertThat(binding("490154203237518", true).acceptsDevice("356938035643809"))
                .isFalse();
    }

    @Test
    void lockedEndpointRefusesAMissingOrMalformedImei() {
        EndpointBindings.Binding locked = binding("490154203237518", true);

        assertThat(locked.acceptsDevice(null)).isFalse();
        assertThat(locked.acceptsDevice("49015420323751X")).isFalse();
    }
}
