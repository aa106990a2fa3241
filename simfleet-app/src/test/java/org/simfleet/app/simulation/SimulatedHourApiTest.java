package org.simfleet.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.device.Device;
import org.simfleet.simulator.device.Quirk;
import org.simfleet.simulator.device.Tally;
import org.simfleet.simulator.network.GatewayStats;
import org.simfleet.simulator.run.Simulation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A seeded simulated hour of 200 devices, run as fast as the platform answers, checked end to end: what the simulated
 * gateway reported and had acknowledged is what the platform stored, the SMS sent either way are the SMS it recorded
 * (and the MT reached the devices), and every refusal is one a policy explains.
 */
class SimulatedHourApiTest extends ApiTest {

    private static final int DEVICES = 200;

    @Autowired
    RadiusListener radius;

    @Test
    void simulatedHourAddsUpEndToEnd() {
        Customer c = Customer.create(this, operator(), unique("Simulated"));
        SimulatedFleet.build(jdbc(), c, DEVICES);
        // the hour ends now: every time the simulator reports lies in the past, as the platform requires
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        GatewayStats gw;
        Tally tally;
        Map<Long, Quirk> quirks = new HashMap<>();
        long started = System.nanoTime();
        try (Simulation sim = SimulatedNetwork.start(
                operator(),
                baseUrl(),
                c.user().token(),
                "127.0.88." + (1 + ProcessHandle.current().pid() % 250),
                radius.authPort(),
                radius.acctPort(),
                DEVICES,
                42,
                0,
                start,
                Duration.ofMinutes(25),
                true)) {
            sim.run(Duration.ofHours(1));
            // SMS: what the devices sent is recorded as MO, what the fleet app sent as MT reached the devices
            long mo = sim.tally().moSentCount();
            long mt = sim.app().submitted();
            assertThat(mo).isPositive();
            assertThat(mt).isPositive();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(sms(c.id(), "MO", "RECEIVED"))
                        .as("MO recorded (SMSC %s)", sim.sms().smsc().stats())
                        .isEqualTo(mo);
                assertThat(sms(c.id(), "MT", "DELIVERED"))
                        .as("MT delivered (SMSC %s)", sim.sms().smsc().stats())
                        .isEqualTo(mt);
            });
            assertThat(sms(c.id(), "MO", null)).isEqualTo(mo);
            assertThat(sms(c.id(), "MT", null)).isEqualTo(mt);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                sim.run(Duration.ZERO); // hands the devices what the SMSC delivered meanwhile
                assertThat(sim.tally().mtReceivedCount()).isEqualTo(mt);
            });
            gw = sim.gateway().stats();
            tally = sim.tally();
            sim.fleet().devices().forEach(d -> quirks.put(d.endpointId(), d.quirk()));
            System.out.println(
                    "simulated hour in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + sim.summary());
            assertThat(sim.fleet().devices()).hasSize(DEVICES);
            assertThat(sim.fleet().devices().stream().map(Device::quirk)).contains(Quirk.NONE, Quirk.WRONG_APN);
        }

        assertThat(gw.unanswered()).isZero();
        assertThat(gw.sessionsStarted()).isGreaterThan(DEVICES / 2);
        assertThat(gw.restarts()).isEqualTo(2);
        // usage: the octets the platform acknowledged are the octets it recorded, open sessions' Interims included
        Long stored = jdbc().queryForObject(
                        "SELECT COALESCE(SUM(bytes_up + bytes_down), 0) FROM usage_record WHERE org_id = ?",
                        Long.class,
                        c.id());
        assertThat(gw.octetsAcked()).isPositive();
        assertThat(stored).isEqualTo(gw.octetsAcked());
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM data_session WHERE org_id = ?", Long.class, c.id()))
                .isEqualTo(gw.sessionsStarted());
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM data_session WHERE org_id = ? AND ended_at IS NOT NULL",
                                Long.class,
                                c.id()))
                .isPositive();

        // refusals: every one the simulator met is in the event log, and each has the reason its device's quirk earns
        List<Tally.Refusal> refusals = tally.refusals();
        assertThat(refusals).isNotEmpty();
        assertThat(refusals).allSatisfy(r -> assertThat(r.quirk().explains(r.reason()))
                .as("refusal %s explained by quirk %s", r.reason(), r.quirk())
                .isTrue());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(rejectionEvents(c.id())).hasSize(refusals.size()));
        assertThat(rejectionEvents(c.id())).allSatisfy(e -> {
            Quirk q = quirks.get(((Number) e.get("endpoint_id")).longValue());
            assertThat(q).as("device of %s", e).isNotNull();
            assertThat(q.explains((String) e.get("description")))
                    .as("%s explained by %s", e.get("description"), q)
                    .isTrue();
        });
    }

    private long sms(long orgId, String direction, String status) {
        String sql = "SELECT COUNT(*) FROM sms_message WHERE org_id = ? AND direction = ?";
        return status == null
                ? jdbc().queryForObject(sql, Long.class, orgId, direction)
                : jdbc().queryForObject(sql + " AND status = ?", Long.class, orgId, direction, status);
    }

    private List<Map<String, Object>> rejectionEvents(long orgId) {
        return jdbc().queryForList(
                        "SELECT endpoint_id, description FROM event WHERE org_id = ? AND type IN (?, ?)",
                        orgId,
                        "PDP_CONTEXT_REJECTED",
                        "UPDATE_LOCATION_REJECTED");
    }
}
