package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

class SimRegistrationApiTest extends SimApiTest {

    @Test
    void customerRegistersABatchByItsBic() {
        Customer c = Customer.create(this, op(), unique("Registrant"));
        Block b = block();
        String bic = importBatch(b, 0, 3);

        Api.Response r = c.user().post("/api/v1/sims/register", Map.of("bic", bic));

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("sim_count").asInt()).isEqualTo(3);
        assertThat(r.json().get("registered").asInt()).isEqualTo(3);
        JsonNode sim = c.readOnly().get("/api/v1/sims/" + b.iccid(2)).json();
        assertThat(sim.get("state").asText()).isEqualTo("REGISTERED");
        assertThat(sim.get("organisation_id").asLong()).isEqualTo(c.id());
        assertThat(sim.get("bic").asText()).isEqualTo(bic);
    }

    @Test
    void registrationIsAuditedPerSim() {
        Customer c = Customer.create(this, op(), unique("Audited"));
        Block b = block();

        registeredBatch(c, b, 2);

        assertThat(auditEntries(b.iccid(0), "SIM_REGISTER", "SUCCESS")).isOne();
        assertThat(auditEntries(b.iccid(1), "SIM_REGISTER", "SUCCESS")).isOne();
    }

    @Test
    void registeringTheSameBatchTwiceAnswersConflict() {
        Customer c = Customer.create(this, op(), unique("Twice"));
        String bic = registeredBatch(c, block(), 1);

        Api.Response r = c.admin().post("/api/v1/sims/register", Map.of("bic", bic));

        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void batchAnotherOrganisationRegisteredAnswersNotFound() {
        Customer first = Customer.create(this, op(), unique("First"));
        Customer second = Customer.create(this, op(), unique("Second"));
        String bic = registeredBatch(first, block(), 1);

        Api.Response r = second.admin().post("/api/v1/sims/register", Map.of("bic", bic));

        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void unknownBicAnswersNotFound() {
        Customer c = Customer.create(this, op(), unique("Unknown"));

        Api.Response r = c.admin().post("/api/v1/sims/register", Map.of("bic", unique("NOPE")));

        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void missingBicAnswers422() {
        Customer c = Customer.create(this, op(), unique("Blank"));

        Api.Response r = c.admin().post("/api/v1/sims/register", Map.of("bic", " "));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("bic");
    }

    @Test
    void operatorCannotRegister() {
        String bic = importBatch(block(), 0, 1);

        Api.Response r = op().post("/api/v1/sims/register", Map.of("bic", bic));

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void readOnlyCannotRegister() {
        Customer c = Customer.create(this, op(), unique("ReadOnlyReg"));
        Block b = block();
        String bic = importBatch(b, 0, 1);

        Api.Response r = c.readOnly().post("/api/v1/sims/register", Map.of("bic", bic));

        assertThat(r.status()).isEqualTo(403);
        assertThat(stateInDatabase(b.iccid(0))).isEqualTo("INVENTORY");
    }

    @Test
    void simsTheOperatorScrappedStayOutOfTheRegistration() {
        Customer c = Customer.create(this, op(), unique("Scrapped"));
        Block b = block();
        String bic = importBatch(b, 0, 2);
        assertThat(changeState(op(), b.iccid(1), "TERMINATED", null).status()).isEqualTo(200);

        Api.Response r = c.admin().post("/api/v1/sims/register", Map.of("bic", bic));

        assertThat(r.json().get("registered").asInt()).isEqualTo(1);
        assertThat(c.admin().get("/api/v1/sims/" + b.iccid(1)).status()).isEqualTo(404);
    }
}
