package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

class SimImportApiTest extends SimApiTest {

    @Test
    void importsJsonBatchUnderTheGivenBic() {
        Block b = block();
        String bic = unique("BIC");

        Api.Response r = op().post("/api/v1/sims/import", Map.of("bic", bic, "sims", b.lines(0, 3)));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("batch").get("bic").asText()).isEqualTo(bic);
        assertThat(r.json().get("batch").get("sim_count").asInt()).isEqualTo(3);
        assertThat(r.json().get("imported").asInt()).isEqualTo(3);
        assertThat(r.header("Location")).endsWith("/api/v1/sims?bic=" + bic);
    }

    @Test
    void importedSimIsInInventoryWithDefaultsAndOneShape() {
        Block b = block();
        importBatch(b, 0, 1);

        JsonNode sim = op().get("/api/v1/sims/" + b.iccid(0)).json();

        assertThat(sim.get("state").asText()).isEqualTo("INVENTORY");
        assertThat(sim.get("passes_traffic").asBoolean()).isFalse();
        assertThat(sim.get("form_factor").asText()).isEqualTo("TRIPLE_CUT");
        assertThat(sim.get("quality_grade").asText()).isEqualTo("COMMERCIAL");
        assertThat(sim.get("imsi").asText()).isEqualTo(b.imsi(0));
        assertThat(sim.has("endpoint")).isTrue();
        assertThat(sim.get("endpoint").isNull()).isTrue();
        assertThat(sim.get("organisation_id").isNull()).isTrue();
    }

    @Test
    void importsCsvWithColumnsInAnyOrderAndBicFromQuery() {
        Block b = block();
        String bic = unique("CSV");
        String csv = "imsi,quality_grade,iccid,form_factor\n"
                + b.imsi(0) + ",INDUSTRIAL," + b.iccid(0) + ",NANO_4FF\r\n"
                + "\n"
                + "\"" + b.imsi(1) + "\",," + b.iccid(1) + ",mff2\n";

        Api.Response r = op().postRaw("/api/v1/sims/import?bic=" + bic, "text/csv", csv);

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        JsonNode first = op().get("/api/v1/sims/" + b.iccid(0)).json();
        assertThat(first.get("quality_grade").asText()).isEqualTo("INDUSTRIAL");
        assertThat(first.get("form_factor").asText()).isEqualTo("NANO_4FF");
        assertThat(first.get("msisdn").isNull()).isTrue();
        assertThat(op().get("/api/v1/sims/" + b.iccid(1))
                        .json()
                        .get("form_factor")
                        .asText())
                .isEqualTo("MFF2");
    }

    @Test
    void generatesAnUnguessableBicWhenNoneIsGiven() {
        Api.Response r = op().post("/api/v1/sims/import", Map.of("sims", block().lines(0, 1)));

        assertThat(r.json().get("batch").get("bic").asText()).matches("[2-9A-HJKMNP-Z]{16}");
    }

    @Test
    void refusesIccidWithWrongCheckDigitAndWritesNothing() {
        Block b = block();
        List<Map<String, Object>> lines = b.lines(0, 3);
        String good = b.iccid(1);
        String wrong = good.substring(0, 19) + (char) ('0' + (good.charAt(19) - '0' + 1) % 10);
        lines.get(1).put("iccid", wrong);

        Api.Response r = op().post("/api/v1/sims/import", Map.of("sims", lines));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("sims[1].iccid");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("Luhn");
        assertThat(simsInDatabase(b)).isZero();
    }

    @Test
    void refusesIccidRepeatedInsideTheRequest() {
        Block b = block();
        List<Map<String, Object>> lines = b.lines(0, 3);
        lines.get(2).put("iccid", b.iccid(0));

        Api.Response r = op().post("/api/v1/sims/import", Map.of("sims", lines));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("sims[2].iccid");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).isEqualTo("repeats sims[0].iccid");
        assertThat(simsInDatabase(b)).isZero();
    }

    @Test
    void refusesCsvLinesWhoseIdentifiersAreInTheInventoryAlready() {
        Block b = block();
        importBatch(b, 0, 1);
        String csv = "iccid,imsi,msisdn\n"
                + b.iccid(1) + "," + b.imsi(1) + "," + b.msisdn(1) + "\n"
                + b.iccid(0) + "," + b.imsi(2) + ",\n"
                + b.iccid(3) + "," + b.imsi(3) + ",+" + b.msisdn(0) + "\n";

        Api.Response r = op().postRaw("/api/v1/sims/import", "text/csv", csv);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactly("line 3: iccid", "line 4: msisdn");
        assertThat(r.json().get("total_errors").asInt()).isEqualTo(2);
        assertThat(simsInDatabase(b)).isEqualTo(1);
    }

    @Test
    void listsAtMostAThousandErrorsAndCountsThemAll() {
        Block b = block();
        List<Map<String, Object>> lines = b.lines(0, 1500);
        lines.forEach(l -> l.put("imsi", "12"));

        Api.Response r = op().post("/api/v1/sims/import", Map.of("sims", lines));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").size()).isEqualTo(1000);
        assertThat(r.json().get("total_errors").asInt()).isEqualTo(1500);
        assertThat(r.json().get("detail").asText()).contains("1500 errors");
    }

    @Test
    void refusesMoreSimsThanOneImportTakes() {
        Block b = block();
        StringBuilder csv = new StringBuilder("iccid,imsi\n");
        for (int i = 0; i <= SimImport.MAX_SIMS; i++) {
            csv.append(b.iccid(i)).append(',').append(b.imsi(i)).append('\n');
        }

        Api.Response r = op().postRaw("/api/v1/sims/import", "text/csv", csv.toString());

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("reason").asText()).startsWith("at most 100000 SIMs");
        assertThat(simsInDatabase(b)).isZero();
    }

    @Test
    void refusesAnEmptyImport() {
        Api.Response r = op().post("/api/v1/sims/import", Map.of("sims", List.of()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("sims");
    }

    @Test
    void refusesCsvWithAnUnknownColumn() {
        Api.Response r = op().postRaw("/api/v1/sims/import", "text/csv", "iccid,imsi,colour\n");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("line 1");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("colour");
    }

    @Test
    void refusesUnknownFormFactor() {
        Block b = block();
        List<Map<String, Object>> lines = b.lines(0, 1);
        lines.get(0).put("form_factor", "JUMBO");

        Api.Response r = op().post("/api/v1/sims/import", Map.of("sims", lines));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("sims[0].form_factor");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("TRIPLE_CUT");
    }

    @Test
    void refusesMalformedBic() {
        Api.Response r = op().post("/api/v1/sims/import", Map.of("bic", "a b", "sims", block().lines(0, 1)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("bic");
    }

    @Test
    void refusesABicInUseAndWritesNothing() {
        String bic = importBatch(block(), 0, 1);
        Block b = block();

        Api.Response r = op().post("/api/v1/sims/import", Map.of("bic", bic, "sims", b.lines(0, 2)));

        assertThat(r.status()).isEqualTo(409);
        assertThat(simsInDatabase(b)).isZero();
    }

    @Test
    void customerCannotImport() {
        Customer c = Customer.create(this, op(), unique("Importer"));

        Api.Response r = c.admin().post("/api/v1/sims/import", Map.of("sims", block().lines(0, 1)));

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void operatorReadOnlyUserCannotImport() {
        String email = unique("ro").toLowerCase() + "@operator.test";
        op().post("/api/v1/users", Map.of("email", email, "role", "READ_ONLY", "password", "operator-read-only-pw"));
        Api readOnly = login(email, "operator-read-only-pw");

        Api.Response r = readOnly.post("/api/v1/sims/import", Map.of("sims", block().lines(0, 1)));

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void importWithoutSimsListAnswers422() {
        Api.Response r = op().post("/api/v1/sims/import", Map.of("bic", unique("NOSIMS")));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).contains("sims");
    }

    private long simsInDatabase(Block b) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM sim WHERE iccid >= ? AND iccid <= ?",
                Long.class,
                b.iccidPrefix(),
                b.iccidPrefix() + "9".repeat(20 - b.iccidPrefix().length()));
    }
}
