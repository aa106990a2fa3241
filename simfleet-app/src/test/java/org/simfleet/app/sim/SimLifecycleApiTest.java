package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;

class SimLifecycleApiTest extends SimApiTest {

    /** One customer for the table-driven cases: each case works on SIMs of its own block. */
    private static Customer shared;

    private Customer customer() {
        if (shared == null) {
            shared = Customer.create(this, op(), unique("Lifecycle"));
        }
        return shared;
    }

    static Stream<Arguments> allowed() {
        return pairs(true);
    }

    static Stream<Arguments> forbidden() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean allowed) {
        List<Arguments> pairs = new ArrayList<>();
        for (SimState from : SimState.values()) {
            for (SimState to : SimState.values()) {
                if (from.canChangeTo(to) == allowed) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowed")
    void allowedTransitionChangesTheState(SimState from, SimState to) {
        Target sim = simIn(from);

        Api.Response r = changeState(sim.api, sim.iccid, to.name(), null);

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("state").asText()).isEqualTo(to.name());
        assertThat(r.json().get("passes_traffic").asBoolean()).isEqualTo(to.passesTraffic());
        assertThat(auditEntries(sim.iccid, "SIM_STATE_CHANGE", "SUCCESS")).isEqualTo(sim.changesBefore + 1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forbidden")
    void forbiddenTransitionAnswersConflictNamingTheAllowedOnes(SimState from, SimState to) {
        Target sim = simIn(from);

        Api.Response r = changeState(sim.api, sim.iccid, to.name(), null);

        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.json().get("allowed_transitions").valueStream().map(n -> n.asText()))
                .containsExactlyInAnyOrderElementsOf(
                        from.changeableTo().stream().map(Enum::name).toList());
        assertThat(r.json().get("current_state").asText()).isEqualTo(from.name());
        assertThat(stateInDatabase(sim.iccid)).isEqualTo(from.name());
        assertThat(auditEntries(sim.iccid, "SIM_STATE_CHANGE", "FAILURE")).isOne();
    }

    @Test
    void terminationNeedsAnAdmin() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        Api.Response byUser = changeState(customer().user(), b.iccid(0), "TERMINATED", null);
        Api.Response byAdmin = changeState(customer().admin(), b.iccid(0), "TERMINATED", null);

        assertThat(byUser.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
    }

    @Test
    void userChangesStatesShortOfTermination() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        Api.Response r = changeState(customer().user(), b.iccid(0), "TEST", null);

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void readOnlyCannotChangeAState() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        Api.Response r = changeState(customer().readOnly(), b.iccid(0), "ACTIVE", null);

        assertThat(r.status()).isEqualTo(403);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void anotherOrganisationCannotChangeASim() {
        Block b = block();
        registeredBatch(customer(), b, 1);
        Customer other = Customer.create(this, op(), unique("Intruder"));

        Api.Response r = changeState(other.admin(), b.iccid(0), "ACTIVE", null);

        assertThat(r.status()).isEqualTo(404);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void customerCannotSeeOrChangeInventory() {
        Block b = block();
        importBatch(b, 0, 1);

        Api.Response r = changeState(customer().admin(), b.iccid(0), "TERMINATED", null);

        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void unknownStateAnswers422() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        Api.Response r = changeState(customer().admin(), b.iccid(0), "ASLEEP", null);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("state");
    }

    @Test
    void missingStateAnswers422() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        Api.Response r = customer().admin().patch("/api/v1/sims/" + b.iccid(0), Map.of());

        assertThat(r.status()).isEqualTo(422);
    }

    @Test
    void pastEffectiveDateAnswers422AndChangesNothing() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        Api.Response r = changeState(
                customer().admin(), b.iccid(0), "ACTIVE", Instant.now().minusSeconds(60));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("effective_at");
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void malformedEffectiveDateAnswers400() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        Api.Response r = customer()
                .admin()
                .patch("/api/v1/sims/" + b.iccid(0), Map.of("state", "ACTIVE", "effective_at", "tomorrow"));

        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void stateChangeIsEventedWithTheSim() {
        Block b = block();
        registeredBatch(customer(), b, 1);

        changeState(customer().admin(), b.iccid(0), "ACTIVE", null);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event e JOIN sim s ON s.id = e.sim_id"
                                + " WHERE s.iccid = ? AND e.type = 'SIM_STATE_CHANGE' AND e.org_id = ?",
                        Long.class,
                        b.iccid(0),
                        customer().id()))
                .isOne();
    }

    /** A SIM in {@code state}, with the client that may change it and how many changes it went through. */
    private record Target(String iccid, Api api, long changesBefore) {}

    private Target simIn(SimState state) {
        Block b = block();
        if (state == SimState.INVENTORY) {
            importBatch(b, 0, 1);
            return new Target(b.iccid(0), op(), 0);
        }
        registeredBatch(customer(), b, 1);
        walkTo(customer(), b.iccid(0), state);
        return new Target(b.iccid(0), customer().admin(), auditEntries(b.iccid(0), "SIM_STATE_CHANGE", "SUCCESS"));
    }
}
