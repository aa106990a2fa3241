package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.network.NetworkFixtures.batch;
import static org.simfleet.app.network.NetworkFixtures.event;
import static org.simfleet.app.network.NetworkFixtures.registration;
import static org.simfleet.app.network.NetworkFixtures.report;
import static org.simfleet.app.network.NetworkFixtures.with;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.NetworkFixtures.TestSim;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/**
 * What network events leave behind: each SIM's registration (attached or not, where, since when, why blocked), which
 * the connectivity status is built from, and one event per network event in the SIM's organisation.
 */
class NetworkRegistrationApiTest extends ApiTest {

    private static final Instant T0 =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);

    private Customer customer;
    private TestSim sim;

    @BeforeEach
    void simOnAnEndpoint() {
        customer = Customer.create(this, operator(), unique("NetRegistration"));
        long service = NetworkFixtures.servicePolicy(customer.admin());
        long coverage =
                NetworkFixtures.coveragePolicy(customer.admin(), "Germany only", List.of("262"), List.of("262-02"));
        sim = NetworkFixtures.simOnEndpoint(
                jdbc(), customer.admin(), customer.id(), "ACTIVE", service, coverage, "ENABLED");
    }

    private Map<String, Object> at(String type, String mcc, String mnc, int minutes) {
        return with(
                event(type, sim.imsi(), mcc, mnc),
                "occurred_at",
                T0.plus(minutes, ChronoUnit.MINUTES).toString());
    }

    /** H2 reads TIMESTAMP WITH TIME ZONE as OffsetDateTime, the PostgreSQL driver as Timestamp. */
    private static Instant instant(Object column) {
        return column instanceof OffsetDateTime t ? t.toInstant() : ((java.sql.Timestamp) column).toInstant();
    }

    @Test
    void anAllowedUpdateLocationAttachesTheSimInTheCsDomainWhereItIs() {
        report(
                operator(),
                batch(with(
                        at("UPDATE_LOCATION", "262", "01", 0),
                        "node",
                        "491770000001",
                        "lac",
                        4660,
                        "tac",
                        12345,
                        "cell_id",
                        26_000_001L)));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(row.get("attached")).isEqualTo(true);
        assertThat(row.get("domain")).isEqualTo("CS");
        assertThat(row.get("mcc")).isEqualTo("262");
        assertThat(row.get("mnc")).isEqualTo("01");
        assertThat(row.get("rat_type")).isEqualTo("LTE");
        assertThat(row.get("node")).isEqualTo("491770000001");
        assertThat(((Number) row.get("lac")).intValue()).isEqualTo(4660);
        assertThat(((Number) row.get("tac")).intValue()).isEqualTo(12345);
        assertThat(((Number) row.get("cell_id")).longValue()).isEqualTo(26_000_001L);
        assertThat(row.get("blocked_reason")).isNull();
        assertThat(((Number) row.get("org_id")).longValue()).isEqualTo(customer.id());
        assertThat(instant(row.get("since"))).isEqualTo(T0);
    }

    @Test
    void anUpdateGprsLocationRegistersThePsDomain() {
        report(operator(), batch(at("UPDATE_GPRS_LOCATION", "262", "01", 0)));

        assertThat(registration(jdbc(), sim.simId()).get("domain")).isEqualTo("PS");
    }

    @Test
    void reRegisteringAtTheSameOperatorKeepsWhenTheRegistrationBegan() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "01", 0)));
        report(operator(), batch(at("UPDATE_GPRS_LOCATION", "262", "01", 5)));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(instant(row.get("since"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0.plus(5, ChronoUnit.MINUTES));
        assertThat(row.get("domain")).isEqualTo("PS");
    }

    @Test
    void registeringAtAnotherOperatorBeginsANewRegistration() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "01", 0), at("UPDATE_LOCATION", "262", "03", 7)));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(row.get("mnc")).isEqualTo("03");
        assertThat(instant(row.get("since"))).isEqualTo(T0.plus(7, ChronoUnit.MINUTES));
    }

    @Test
    void aRejectedUpdateLocationLeavesTheSimBlockedWithTheReason() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "01", 0), at("UPDATE_LOCATION", "262", "02", 3)));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(row.get("attached")).isEqualTo(false);
        assertThat(row.get("blocked_reason")).isEqualTo("operator 262-02 blacklisted by coverage policy Germany only");
        assertThat(row.get("mnc")).isEqualTo("02");
        assertThat(instant(row.get("since"))).isEqualTo(T0.plus(3, ChronoUnit.MINUTES));
    }

    @Test
    void anAllowedUpdateAfterABlockClearsTheReason() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "02", 0), at("UPDATE_LOCATION", "262", "01", 1)));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(row.get("attached")).isEqualTo(true);
        assertThat(row.get("blocked_reason")).isNull();
    }

    @Test
    void aPurgeDetachesTheSimAndKeepsWhereItWasLastSeen() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "01", 0), at("PURGE_LOCATION", null, null, 30)));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(row.get("attached")).isEqualTo(false);
        assertThat(row.get("blocked_reason")).isNull();
        assertThat(row.get("mcc")).isEqualTo("262");
        assertThat(instant(row.get("since"))).isEqualTo(T0.plus(30, ChronoUnit.MINUTES));
    }

    @Test
    void aCancelLocationDetachesTheSim() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "01", 0), at("CANCEL_LOCATION", null, null, 1)));

        assertThat(registration(jdbc(), sim.simId()).get("attached")).isEqualTo(false);
    }

    @Test
    void aCancelLocationToTheNodeTheSimLeftKeepsItsNewRegistration() {
        report(
                operator(),
                batch(
                        with(at("UPDATE_LOCATION", "262", "01", 0), "node", "vlr-new"),
                        with(at("CANCEL_LOCATION", null, null, 1), "node", "vlr-old")));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(row.get("attached")).isEqualTo(true);
        assertThat(row.get("node")).isEqualTo("vlr-new");
    }

    @Test
    void anOlderEventDeliveredLateChangesNothing() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "01", 10)));
        report(operator(), batch(at("PURGE_LOCATION", null, null, 5)));

        Map<String, Object> row = registration(jdbc(), sim.simId());
        assertThat(row.get("attached")).isEqualTo(true);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0.plus(10, ChronoUnit.MINUTES));
    }

    @Test
    void anAuthenticationFailureOnlyLogsAnEvent() {
        report(operator(), batch(at("AUTHENTICATION_FAILURE", "262", "01", 0)));

        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM network_registration WHERE sim_id = ?", Long.class, sim.simId()))
                .isZero();
        assertThat(NetworkFixtures.events(jdbc(), sim.simId())).singleElement().satisfies(e -> {
            assertThat(e.get("type")).isEqualTo("AUTHENTICATION_FAILURE");
            assertThat(e.get("severity")).isEqualTo("WARN");
            assertThat(e.get("description")).isEqualTo("Authentication failure: operator 262-01 (Germany)");
        });
    }

    @Test
    void eachNetworkEventIsLoggedInTheSimsOrganisationAsTheSeedsNameIt() {
        report(
                operator(),
                batch(
                        at("UPDATE_LOCATION", "262", "01", 0),
                        at("UPDATE_GPRS_LOCATION", "262", "01", 1),
                        at("PURGE_LOCATION", null, null, 2),
                        at("CANCEL_LOCATION", null, null, 3)));

        List<Map<String, Object>> events = NetworkFixtures.events(jdbc(), sim.simId());
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly("UPDATE_LOCATION", "UPDATE_GPRS_LOCATION", "PURGE_LOCATION", "CANCEL_LOCATION");
        assertThat(events).allSatisfy(e -> {
            assertThat(((Number) e.get("org_id")).longValue()).isEqualTo(customer.id());
            assertThat(e.get("source")).isEqualTo("NETWORK");
            assertThat(e.get("severity")).isEqualTo("INFO");
            assertThat(((Number) e.get("endpoint_id")).longValue()).isEqualTo(sim.endpointId());
        });
        assertThat(events.get(0).get("description")).isEqualTo("Update location: operator 262-01 (Germany), LTE");
        assertThat(events.get(1).get("description")).isEqualTo("Update GPRS location: operator 262-01 (Germany), LTE");
        assertThat(instant(events.get(1).get("occurred_at"))).isEqualTo(T0.plus(1, ChronoUnit.MINUTES));
    }

    @Test
    void aRejectedUpdateLocationIsAWarningWithTheReason() {
        report(operator(), batch(at("UPDATE_LOCATION", "262", "02", 0)));

        assertThat(NetworkFixtures.events(jdbc(), sim.simId())).singleElement().satisfies(e -> {
            assertThat(e.get("type")).isEqualTo("UPDATE_LOCATION_REJECTED");
            assertThat(e.get("severity")).isEqualTo("WARN");
            assertThat((String) e.get("description"))
                    .startsWith("Update location rejected: operator 262-02 (Germany), LTE")
                    .endsWith("blacklisted by coverage policy Germany only");
        });
    }

    @Test
    void anEventWithoutATimeHappenedNow() {
        Instant before = Instant.now().minusSeconds(1);
        report(operator(), batch(event("UPDATE_LOCATION", sim.imsi(), "262", "01")));

        assertThat(instant(registration(jdbc(), sim.simId()).get("since"))).isAfter(before);
    }
}
