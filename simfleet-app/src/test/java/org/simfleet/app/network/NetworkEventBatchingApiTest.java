package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.network.NetworkFixtures.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A batch of 1,000 network events is answered with a handful of statements, not one or more per event: the HLR sends
 * thousands per second at a busy hour. Runs in an application context of its own, whose DataSource counts statements.
 */
@Import(NetworkEventBatchingApiTest.Counting.class)
class NetworkEventBatchingApiTest extends ApiTest {

    /** Reads, locks, inserts, events, the caller lookup, and room for the scheduler's polls during the request. */
    private static final long MAX_STATEMENTS = 20;

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    StatementCounter statements;

    @Test
    void aThousandEventsTakeAHandfulOfStatementsAndAllApply() {
        Customer c = Customer.create(this, operator(), unique("NetBatch"));
        long service = NetworkFixtures.servicePolicy(c.admin());
        long coverage = NetworkFixtures.coveragePolicy(c.admin(), "Germany only", List.of("262"), List.of("262-02"));
        List<String> iccids = EndpointTestSims.insert(jdbc(), c.id(), "ACTIVE", NetworkEventBatch.MAX);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc().batchUpdate(
                        """
                        INSERT INTO endpoint (org_id, name, status, imei_lock, sim_id, service_policy_id,
                                              coverage_policy_id, created_at, updated_at)
                        SELECT ?, ?, 'ENABLED', FALSE, id, ?, ?, ?, ? FROM sim WHERE iccid = ?""",
                        iccids,
                        500,
                        (ps, iccid) -> {
                            ps.setLong(1, c.id());
                            ps.setString(2, "Batch " + iccid);
                            ps.setLong(3, service);
                            ps.setLong(4, coverage);
                            ps.setObject(5, now);
                            ps.setObject(6, now);
                            ps.setString(7, iccid);
                        });
        List<String> imsis =
                jdbc().queryForList("SELECT imsi FROM sim WHERE org_id = ? ORDER BY imsi", String.class, c.id());
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < imsis.size(); i++) {
            // every other SIM roams onto the blacklisted network: both outcomes, both event types
            events.add(event("UPDATE_LOCATION", imsis.get(i), "262", i % 2 == 0 ? "01" : "02"));
        }
        Api operator = operator();

        long before = statements.executed();
        Api.Response r = operator.post(NetworkFixtures.EVENTS, Map.of("events", events));
        long used = statements.executed() - before;

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("results")).hasSize(1000);
        assertThat(r.json().get("results").findValuesAsString("outcome"))
                .containsOnly("ALLOWED", "REJECTED")
                .filteredOn("ALLOWED"::equals)
                .hasSize(500);
        assertThat(used).as("statements for 1,000 events").isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM network_registration WHERE org_id = ? AND attached",
                                Long.class,
                                c.id()))
                .isEqualTo(500);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM event WHERE org_id = ? AND source = 'NETWORK'",
                                Long.class,
                                c.id()))
                .isEqualTo(1000);

        // the same SIMs again: now every registration exists and is updated, in one batch too
        long again = statements.executed();
        Api.Response second = operator.post(NetworkFixtures.EVENTS, Map.of("events", events));
        assertThat(second.status()).isEqualTo(200);
        assertThat(statements.executed() - again)
                .as("statements for 1,000 updates")
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }
}
