package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;

/** The volume promise: one request changes 100,000 SIMs, each with its own audit entry and event. */
class BulkStateChangeVolumeTest extends SimApiTest {

    private static final int SIMS = 100_000;
    private static final int PER_IMPORT = 50_000;

    @Test
    void activatesOneHundredThousandSimsInOneRequestAuditingEach() {
        Customer c = Customer.create(this, op(), unique("Fleet"));
        Block b = block();
        for (int from = 0; from < SIMS; from += PER_IMPORT) {
            Api.Response imported = op().post("/api/v1/sims/import", Map.of("sims", b.lines(from, PER_IMPORT)));
            assertThat(imported.status()).as("%s", imported).isEqualTo(201);
            String bic = imported.json().get("batch").get("bic").asText();
            assertThat(c.admin()
                            .post("/api/v1/sims/register", Map.of("bic", bic))
                            .status())
                    .isEqualTo(200);
        }
        List<String> iccids = new ArrayList<>(SIMS);
        for (int i = 0; i < SIMS; i++) {
            iccids.add(b.iccid(i));
        }

        // one request doing 100,000 changes with their audit entries and events: minutes on H2 on a busy machine
        Api.Response r = c.user()
                .withTimeout(Duration.ofMinutes(10))
                .post("/api/v1/sims/state-changes", Map.of("target_state", "ACTIVE", "iccids", iccids));

        assertThat(r.status()).as("%s", r.status()).isEqualTo(200);
        assertThat(r.json().get("succeeded").asInt()).isEqualTo(SIMS);
        assertThat(r.json().get("results").size()).isEqualTo(SIMS);
        assertThat(count("SELECT COUNT(*) FROM sim WHERE org_id = ? AND state = 'ACTIVE'", c.id()))
                .isEqualTo(SIMS);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_entry WHERE org_id = ? AND action = 'SIM_STATE_CHANGE'"
                                + " AND object_type = 'sim' AND result = 'SUCCESS'",
                        c.id()))
                .isEqualTo(SIMS);
        assertThat(count("SELECT COUNT(*) FROM event WHERE org_id = ? AND type = 'SIM_STATE_CHANGE'", c.id()))
                .isEqualTo(SIMS);
    }

    private long count(String sql, long orgId) {
        return jdbc.queryForObject(sql, Long.class, orgId);
    }
}
