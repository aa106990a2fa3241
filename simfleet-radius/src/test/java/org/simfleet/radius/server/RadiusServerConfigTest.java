package org.simfleet.radius.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RadiusServerConfigTest {
    @Test
    void defaultsToTheIanaPortsAndAThirtySecondWindow() {
        RadiusServerConfig config = RadiusServerConfig.defaults();

        assertThat(config.authPort()).isEqualTo(1812);
        assertThat(config.acctPort()).isEqualTo(1813);
        assertThat(config.dedupeWindow()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void allowsEphemeralPortsForBoth() {
        assertThat(RadiusServerConfig.defaults().withPorts(0, 0).authPort()).isZero();
    }

    static Stream<Arguments> invalid() {
        return Stream.<UnaryOperator<RadiusServerConfig>>of(
                        c -> c.withPorts(-1, 1813),
                        c -> c.withPorts(1812, 65536),
                        c -> c.withPorts(1812, 1812),
                        c -> c.withDedupe(Duration.ZERO, 10),
                        c -> c.withDedupe(Duration.ofMinutes(6), 10),
                        c -> c.withDedupe(Duration.ofSeconds(30), 0),
                        c -> c.withWorkerThreads(0),
                        c -> c.withWorkerThreads(65))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void refusesInvalidSettings(UnaryOperator<RadiusServerConfig> change) {
        assertThatThrownBy(() -> change.apply(RadiusServerConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
