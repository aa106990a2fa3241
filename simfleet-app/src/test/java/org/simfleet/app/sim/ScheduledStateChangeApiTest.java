package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;

class ScheduledStateChangeApiTest extends SimApiTest {

    @Autowired
    ScheduledStateChanges scheduler;

    @Test
    void scheduledChangeOfOneSimRunsWhenDue() {
        Customer c = Customer.create(this, op(), unique("Scheduled"));
        Block b = block();
        registeredBatch(c, b, 1);
        Instant at = Instant.now().plusSeconds(1);

        Api.Response scheduled = changeState(c.user(), b.iccid(0), "ACTIVE", at);
        runWhenDue(at);

        assertThat(scheduled.status()).as("%s", scheduled).isEqualTo(202);
        assertThat(scheduled.json().get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("ACTIVE");
        Api.Response done = c.user().get(scheduled.header("Location"));
        assertThat(done.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.json().get("succeeded").asInt()).isOne();
        assertThat(auditEntries(b.iccid(0), "SIM_STATE_CHANGE", "SUCCESS")).isOne();
    }

    @Test
    void scheduledChangeRunsAsTheUserWhoAskedForIt() {
        Customer c = Customer.create(this, op(), unique("Actor"));
        Block b = block();
        registeredBatch(c, b, 1);
        Instant at = Instant.now().plusSeconds(1);

        changeState(c.user(), b.iccid(0), "TEST", at);
        runWhenDue(at);

        assertThat(jdbc.queryForObject(
                        "SELECT actor_name FROM audit_entry WHERE object_id = ? AND action = 'SIM_STATE_CHANGE'",
                        String.class,
                        b.iccid(0)))
                .startsWith("user@");
    }

    @Test
    void scheduledBulkChangeTakesTheSimsItsFilterSelectsWhenItRuns() {
        Customer c = Customer.create(this, op(), unique("ScheduledFilter"));
        Block b = block();
        registeredBatch(c, b, 3);
        Instant at = Instant.now().plusSeconds(1);

        Api.Response scheduled = c.admin()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of(
                                "target_state", "TEST",
                                "filter", Map.of("iccid", b.iccidPrefix() + "*"),
                                "effective_at", at.toString()));
        walkTo(c, b.iccid(2), SimState.TERMINATED);
        runWhenDue(at);

        assertThat(scheduled.status()).as("%s", scheduled).isEqualTo(202);
        Api.Response done = c.admin().get(scheduled.header("Location"));
        assertThat(List.of(
                        done.json().get("succeeded").asInt(),
                        done.json().get("failed").asInt()))
                .containsExactly(2, 1);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("TEST");
    }

    @Test
    void changeThatCannotRunIsMarkedFailedAndOnRecord() {
        Customer c = Customer.create(this, op(), unique("Failing"));
        String bic = registeredBatch(c, block(), 1);
        Instant at = Instant.now().plusSeconds(1);
        Api.Response scheduled = c.admin()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "ACTIVE", "bic", bic, "effective_at", at.toString()));
        long id = scheduled.json().get("id").asLong();
        // A selector that no longer resolves when the change runs; the API checks a BIC when it schedules,
        // so only the database can hold one.
        jdbc.update("UPDATE sim_state_change SET selector = ? WHERE id = ?", "{\"bic\":\"NO-SUCH-BATCH\"}", id);

        runWhenDue(at);

        assertThat(c.admin()
                        .get(scheduled.header("Location"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE object_type = 'sim_state_change' AND object_id = ?"
                                + " AND action = 'SIM_STATE_CHANGE_RUN' AND result = 'FAILURE'",
                        Long.class,
                        String.valueOf(id)))
                .isOne();
    }

    @Test
    void canceledChangeNeverRuns() {
        Customer c = Customer.create(this, op(), unique("Canceled"));
        Block b = block();
        registeredBatch(c, b, 1);
        Instant at = Instant.now().plusSeconds(1);
        String location = changeState(c.user(), b.iccid(0), "ACTIVE", at).header("Location");

        Api.Response cancel = c.user().delete(location);
        runWhenDue(at);

        assertThat(cancel.status()).isEqualTo(204);
        assertThat(c.user().get(location).json().get("status").asText()).isEqualTo("CANCELED");
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void cancelingTwiceAnswersConflict() {
        Customer c = Customer.create(this, op(), unique("CancelTwice"));
        String location = scheduleInAnHour(c);
        c.user().delete(location);

        assertThat(c.user().delete(location).status()).isEqualTo(409);
    }

    @Test
    void anotherOrganisationCannotSeeOrCancelAScheduledChange() {
        Customer c = Customer.create(this, op(), unique("Hidden"));
        Customer other = Customer.create(this, op(), unique("Seeker"));
        String location = scheduleInAnHour(c);

        assertThat(other.admin().get(location).status()).isEqualTo(404);
        assertThat(other.admin().delete(location).status()).isEqualTo(404);
        assertThat(c.user().get(location).json().get("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void readOnlyCannotCancel() {
        Customer c = Customer.create(this, op(), unique("ReadOnlyCancel"));
        String location = scheduleInAnHour(c);

        assertThat(c.readOnly().delete(location).status()).isEqualTo(403);
    }

    @Test
    void listFiltersByStatus() {
        Customer c = Customer.create(this, op(), unique("ListStatus"));
        scheduleInAnHour(c);
        c.user().delete(scheduleInAnHour(c));

        Api.Response r = c.user().get("/api/v1/sims/state-changes?status=scheduled");

        assertThat(r.json().findValuesAsString("status")).containsExactly("SCHEDULED");
        assertThat(c.user().get("/api/v1/sims/state-changes?status=LATER").status())
                .isEqualTo(400);
    }

    @Test
    void schedulingTerminationNeedsAnAdmin() {
        Customer c = Customer.create(this, op(), unique("ScheduleTerminate"));
        Block b = block();
        registeredBatch(c, b, 1);

        Api.Response r =
                changeState(c.user(), b.iccid(0), "TERMINATED", Instant.now().plusSeconds(3600));

        assertThat(r.status()).isEqualTo(403);
        assertThat(c.user().get("/api/v1/sims/state-changes").header("X-Total-Count"))
                .isEqualTo("0");
    }

    /** Waits until {@code at} has passed (the runner takes only due changes), then runs what is due. */
    private void runWhenDue(Instant at) {
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(at));
        scheduler.runDue();
    }

    private String scheduleInAnHour(Customer c) {
        Block b = block();
        registeredBatch(c, b, 1);
        Api.Response r =
                changeState(c.user(), b.iccid(0), "ACTIVE", Instant.now().plusSeconds(3600));
        assertThat(r.status()).as("%s", r).isEqualTo(202);
        return r.header("Location");
    }
}
