package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

class BulkStateChangeApiTest extends SimApiTest {

    @Test
    void changesEachListedSimAndReportsEveryOutcome() {
        Customer c = Customer.create(this, op(), unique("Mixed"));
        Block b = block();
        registeredBatch(c, b, 3);
        walkTo(c, b.iccid(1), SimState.TERMINATED);
        walkTo(c, b.iccid(2), SimState.ACTIVE);
        Block foreign = block();
        importBatch(foreign, 0, 1);
        List<String> iccids = List.of(b.iccid(0), b.iccid(1), b.iccid(2), foreign.iccid(0));

        Api.Response r =
                c.user().post("/api/v1/sims/state-changes", Map.of("target_state", "ACTIVE", "iccids", iccids));

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(body.get("results").findValuesAsString("iccid")).containsExactlyElementsOf(iccids);
        assertThat(body.get("results").findValuesAsString("result"))
                .containsExactly("CHANGED", "REFUSED", "UNCHANGED", "NOT_FOUND");
        assertThat(body.get("results").get(1).get("from_state").asText()).isEqualTo("TERMINATED");
        assertThat(body.get("results").get(1).get("reason").asText()).contains("final");
        assertThat(List.of(
                        body.get("requested").asInt(),
                        body.get("succeeded").asInt(),
                        body.get("failed").asInt()))
                .containsExactly(4, 1, 2);
        assertThat(body.get("unchanged").asInt()).isOne();
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("ACTIVE");
        assertThat(stateInDatabase(foreign.iccid(0))).isEqualTo("INVENTORY");
    }

    @Test
    void refusedSimOfABulkChangeIsOnRecord() {
        Customer c = Customer.create(this, op(), unique("Recorded"));
        Block b = block();
        registeredBatch(c, b, 1);

        c.user().post("/api/v1/sims/state-changes", Map.of("target_state", "SUSPENDED", "iccids", List.of(b.iccid(0))));

        assertThat(auditEntries(b.iccid(0), "SIM_STATE_CHANGE", "FAILURE")).isOne();
    }

    @Test
    void changesEverySimOfABatch() {
        Customer c = Customer.create(this, op(), unique("ByBic"));
        Block b = block();
        String bic = registeredBatch(c, b, 4);
        registeredBatch(c, block(), 1);

        Api.Response r = c.user().post("/api/v1/sims/state-changes", Map.of("target_state", "TEST", "bic", bic));

        assertThat(r.json().get("succeeded").asInt()).as("%s", r).isEqualTo(4);
        assertThat(c.user().get("/api/v1/sims?state=TEST").header("X-Total-Count"))
                .isEqualTo("4");
    }

    @Test
    void changesEverySimAFilterSelects() {
        Customer c = Customer.create(this, op(), unique("ByFilter"));
        Block b = block();
        registeredBatch(c, b, 3);
        walkTo(c, b.iccid(0), SimState.ACTIVE);
        walkTo(c, b.iccid(1), SimState.ACTIVE);

        Api.Response r = c.user()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of(
                                "target_state",
                                "SUSPENDED",
                                "filter",
                                Map.of("state", "ACTIVE", "iccid", b.iccidPrefix() + "*")));

        assertThat(r.json().get("results").findValuesAsString("iccid"))
                .as("%s", r)
                .containsExactly(b.iccid(0), b.iccid(1));
        assertThat(stateInDatabase(b.iccid(2))).isEqualTo("REGISTERED");
    }

    @Test
    void operatorScrapsInventoryByFilter() {
        Block b = block();
        importBatch(b, 0, 2);

        Api.Response r = op().post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "TERMINATED", "filter", Map.of("iccid", b.iccidPrefix() + "*")));

        assertThat(r.json().get("succeeded").asInt()).as("%s", r).isEqualTo(2);
        assertThat(auditEntries(b.iccid(1), "SIM_STATE_CHANGE", "SUCCESS")).isOne();
    }

    @Test
    void batchOfAnotherOrganisationAnswersNotFound() {
        Customer owner = Customer.create(this, op(), unique("BatchOwner"));
        Customer other = Customer.create(this, op(), unique("BatchOther"));
        Block b = block();
        String bic = registeredBatch(owner, b, 1);

        Api.Response r = other.admin().post("/api/v1/sims/state-changes", Map.of("target_state", "ACTIVE", "bic", bic));

        assertThat(r.status()).isEqualTo(404);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void moreThanOneSelectorAnswers422() {
        Customer c = Customer.create(this, op(), unique("TwoSelectors"));
        Block b = block();
        String bic = registeredBatch(c, b, 1);

        Api.Response r = c.user()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "ACTIVE", "bic", bic, "iccids", List.of(b.iccid(0))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void malformedIccidInTheListAnswers422AndChangesNothing() {
        Customer c = Customer.create(this, op(), unique("Malformed"));
        Block b = block();
        registeredBatch(c, b, 1);

        Api.Response r = c.user()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "ACTIVE", "iccids", List.of(b.iccid(0), "8988123")));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("iccids[1]");
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void wrongFilterFieldAnswers422NamingIt() {
        Customer c = Customer.create(this, op(), unique("BadFilter"));

        Api.Response r = c.user()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "ACTIVE", "filter", Map.of("state", List.of("NAPPING"))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("filter.state");
    }

    @Test
    void missingTargetStateAnswers422() {
        Customer c = Customer.create(this, op(), unique("NoTarget"));

        Api.Response r = c.user().post("/api/v1/sims/state-changes", Map.of("bic", "ABCDEF"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).contains("target_state");
    }

    @Test
    void bulkTerminationNeedsAnAdmin() {
        Customer c = Customer.create(this, op(), unique("BulkTerminate"));
        Block b = block();
        String bic = registeredBatch(c, b, 1);

        Api.Response r = c.user().post("/api/v1/sims/state-changes", Map.of("target_state", "TERMINATED", "bic", bic));

        assertThat(r.status()).isEqualTo(403);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void readOnlyCannotChangeInBulk() {
        Customer c = Customer.create(this, op(), unique("BulkReadOnly"));
        Block b = block();
        String bic = registeredBatch(c, b, 1);

        Api.Response r = c.readOnly().post("/api/v1/sims/state-changes", Map.of("target_state", "ACTIVE", "bic", bic));

        assertThat(r.status()).isEqualTo(403);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("REGISTERED");
    }

    @Test
    void completedBulkChangeIsListedForItsOrganisationOnly() {
        Customer c = Customer.create(this, op(), unique("Listed"));
        Customer other = Customer.create(this, op(), unique("NotListed"));
        String bic = registeredBatch(c, block(), 1);
        long id = c.user()
                .post("/api/v1/sims/state-changes", Map.of("target_state", "ACTIVE", "bic", bic))
                .json()
                .get("id")
                .asLong();

        Api.Response list = c.readOnly().get("/api/v1/sims/state-changes");

        assertThat(list.json().findValuesAsString("status")).containsExactly("COMPLETED");
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(c.readOnly()
                        .get("/api/v1/sims/state-changes/" + id)
                        .json()
                        .get("selector")
                        .get("bic")
                        .asText())
                .isEqualTo(bic);
        assertThat(other.admin().get("/api/v1/sims/state-changes/" + id).status())
                .isEqualTo(404);
        assertThat(other.admin().get("/api/v1/sims/state-changes").header("X-Total-Count"))
                .isEqualTo("0");
    }
}
