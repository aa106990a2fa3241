package org.simfleet.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.network.NetworkFixtures.EVENTS;
import static org.simfleet.app.network.NetworkFixtures.batch;
import static org.simfleet.app.network.NetworkFixtures.event;
import static org.simfleet.app.network.NetworkFixtures.report;
import static org.simfleet.app.network.NetworkFixtures.with;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** A malformed batch answers 400 naming each wrong field by its event's index, and applies nothing. */
class NetworkEventValidationApiTest extends ApiTest {

    private static final String IMSI = "001010123456789";

    private Api.Response post(Object body) {
        return operator().post(EVENTS, body);
    }

    private static List<String> fields(Api.Response r) {
        return r.json().get("errors").findValuesAsString("field");
    }

    @Test
    void namesEachWrongFieldByItsEventsIndex() {
        Api.Response r = post(batch(
                event("UPDATE_LOCATION", IMSI, "262", "01"),
                event("UPDATE_LOCATION", IMSI, "26", "01"),
                with(event("UPDATE_GPRS_LOCATION", IMSI, "262", "01"), "rat_type", "6G"),
                event("PURGE_LOCATION", "12ab", null, null)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(r)).containsExactly("events[1].mcc", "events[2].rat_type", "events[3].imsi");
    }

    @Test
    void aLocationUpdateNeedsTheNetworkAndTheRadioType() {
        Api.Response r = post(batch(event("UPDATE_LOCATION", IMSI, null, null)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events[0].mcc", "events[0].mnc", "events[0].rat_type");
    }

    @Test
    void refusesMoreThanAThousandEvents() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i <= NetworkEventBatch.MAX; i++) {
            events.add(event("PURGE_LOCATION", IMSI, null, null));
        }

        Api.Response r = post(Map.of("events", events));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("1001");
    }

    @Test
    void refusesABodyWithoutEvents() {
        Api.Response r = post(Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events");
    }

    @Test
    void refusesAnUnknownType() {
        Api.Response r = post(batch(event("LOCATION_UPDATE", IMSI, "262", "01")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events[0].type");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("UPDATE_GPRS_LOCATION");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        Api.Response r = post(batch(with(event("UPDATE_LOCATION", IMSI, "262", "01"), "colour", "red")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events[0].colour");
    }

    @Test
    void refusesANumberOfTheWrongType() {
        Api.Response r = post(batch(with(event("UPDATE_LOCATION", IMSI, "262", "01"), "lac", "near the station")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events[0].lac");
    }

    @Test
    void refusesAreaCodesOutOfRange() {
        Api.Response r = post(batch(with(event("UPDATE_LOCATION", IMSI, "262", "01"), "lac", 65536, "cell_id", -1)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events[0].lac", "events[0].cell_id");
    }

    @Test
    void refusesATimeFromTheFuture() {
        Api.Response r = post(batch(with(
                event("UPDATE_LOCATION", IMSI, "262", "01"),
                "occurred_at",
                Instant.now().plusSeconds(3600).toString())));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events[0].occurred_at");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("clock");
    }

    @Test
    void refusesATimeWithoutOffset() {
        Api.Response r =
                post(batch(with(event("UPDATE_LOCATION", IMSI, "262", "01"), "occurred_at", "2026-11-21T10:15:30")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("events[0].occurred_at");
    }

    @Test
    void acceptsRadioTypesByTheirLabelsToo() {
        Api.Response r = report(
                operator(),
                batch(
                        with(event("UPDATE_LOCATION", IMSI, "262", "01"), "rat_type", "NB-IoT"),
                        with(event("UPDATE_LOCATION", IMSI, "262", "01"), "rat_type", "4G"),
                        with(event("UPDATE_LOCATION", IMSI, "262", "01"), "rat_type", "lte_m")));

        assertThat(r.json().get("results")).hasSize(3);
    }

    @Test
    void aMalformedBatchAppliesNothing() {
        Customer c = Customer.create(this, operator(), unique("NetMalformed"));
        NetworkFixtures.TestSim sim = NetworkFixtures.sim(jdbc(), c.id(), "ACTIVE");

        Api.Response r = post(batch(
                event("UPDATE_LOCATION", sim.imsi(), "262", "01"), event("UPDATE_LOCATION", sim.imsi(), "2620", "01")));

        assertThat(r.status()).isEqualTo(400);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM network_registration WHERE sim_id = ?", Long.class, sim.simId()))
                .isZero();
        assertThat(NetworkFixtures.events(jdbc(), sim.simId())).isEmpty();
    }
}
