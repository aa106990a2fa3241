package org.simfleet.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.run.Simulation;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed makes a run repeatable: two fleets of the same shape, run with one seed, live the same half hour. */
class SeededRunApiTest extends ApiTest {

    private static final int DEVICES = 60;

    @Autowired
    RadiusListener radius;

    private List<Object> run(String gatewayAddress, long seed) {
        Customer c = Customer.create(this, operator(), unique("Seeded"));
        SimulatedFleet.build(jdbc(), c, DEVICES);
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        try (Simulation sim = SimulatedNetwork.start(
                operator(),
                baseUrl(),
                c.readOnly().token(),
                gatewayAddress,
                radius.authPort(),
                radius.acctPort(),
                DEVICES,
                seed,
                0,
                start,
                null,
                false)) {
            sim.run(Duration.ofMinutes(30));
            var gw = sim.gateway().stats();
            return List.of(
                    sim.fleet().states(),
                    gw.accessRequests(),
                    gw.rejects(),
                    gw.sessionsStarted(),
                    gw.sessionsStopped(),
                    gw.octetsAcked(),
                    sim.hlr().updates(),
                    sim.hlr().rejected(),
                    sim.hlr().purges(),
                    sim.tally().refusals().stream()
                            .map(r -> r.quirk() + ":" + r.reason())
                            .toList());
        }
    }

    @Test
    void sameSeedRepeatsTheRun() {
        long pid = ProcessHandle.current().pid() % 250;
        List<Object> first = run("127.0.89." + (1 + pid), 7);
        List<Object> second = run("127.0.90." + (1 + pid), 7);

        assertThat(second).isEqualTo(first);
        assertThat((Long) first.get(5)).isPositive();
    }
}
