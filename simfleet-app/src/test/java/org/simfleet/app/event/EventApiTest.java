package org.simfleet.app.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.LogFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class EventApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditLog audit;

    @Autowired
    EventLog events;

    @Test
    void listsTheOrganisationsEventsWithTypeLabelAndNullReferences() {
        Customer c = Customer.create(this, operator(), unique("EventList"));
        createToken(c, "event source");

        Api.Response r = c.admin().get("/api/v1/events?type=TOKEN_CHANGED");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo("1");
        JsonNode e = r.json().get(0);
        assertThat(e.get("organisation_id").asLong()).isEqualTo(c.id());
        assertThat(e.get("type").asText()).isEqualTo("TOKEN_CHANGED");
        assertThat(e.get("type_label").asText()).isEqualTo("Application token changed");
        assertThat(e.get("severity").asText()).isEqualTo("INFO");
        assertThat(e.get("source").asText()).isEqualTo("API");
        assertThat(e.get("description").asText()).contains("created");
        assertThat(e.has("sim") && e.get("sim").isNull()).isTrue();
        assertThat(e.has("endpoint_id") && e.get("endpoint_id").isNull()).isTrue();
        assertThat(e.get("occurred_at").asText()).endsWith("Z");
    }

    @Test
    void filtersByACommaSeparatedListOfTypes() {
        Customer c = Customer.create(this, operator(), unique("EventTypes"));
        createToken(c, "one");

        Api.Response both = c.admin().get("/api/v1/events?type=token_changed,USER_CHANGED");
        Api.Response users = c.admin().get("/api/v1/events?type=USER_CHANGED");

        // the admin, USER and READ_ONLY users of Customer.create, and the token
        assertThat(both.header("X-Total-Count")).isEqualTo("4");
        assertThat(users.header("X-Total-Count")).isEqualTo("3");
    }

    @Test
    void filtersBySeverityAndSource() {
        Customer c = Customer.create(this, operator(), unique("EventGrade"));
        fixtures()
                .event(new EventLog.NewEvent(
                        c.id(),
                        EventType.PDP_CONTEXT_REJECTED,
                        EventLog.Severity.WARN,
                        EventLog.Source.NETWORK,
                        null,
                        null,
                        "APN not allowed"));

        Api.Response warnings = c.admin().get("/api/v1/events?severity=warn");
        Api.Response network = c.admin().get("/api/v1/events?source=NETWORK");
        Api.Response critical = c.admin().get("/api/v1/events?severity=CRITICAL");

        assertThat(types(warnings)).containsExactly("PDP_CONTEXT_REJECTED");
        assertThat(types(network)).containsExactly("PDP_CONTEXT_REJECTED");
        assertThat(types(critical)).isEmpty();
    }

    @Test
    void filtersByTheIccidOfTheEventsSim() {
        Customer c = Customer.create(this, operator(), unique("EventSim"));
        LogFixtures.Sim sim = fixtures().sim(c.id());
        LogFixtures.Sim other = fixtures().sim(c.id());
        fixtures().event(EventLog.NewEvent.api(c.id(), EventType.SIM_STATE_CHANGE, sim.id(), null, "ACTIVE"));
        fixtures().event(EventLog.NewEvent.api(c.id(), EventType.SIM_STATE_CHANGE, other.id(), null, "ACTIVE"));

        Api.Response r = c.admin().get("/api/v1/events?sim=" + sim.iccid());

        assertThat(r.header("X-Total-Count")).isEqualTo("1");
        assertThat(r.json().get(0).get("sim").get("id").asLong()).isEqualTo(sim.id());
        assertThat(r.json().get(0).get("sim").get("iccid").asText()).isEqualTo(sim.iccid());
    }

    @Test
    void filtersByEndpoint() {
        Customer c = Customer.create(this, operator(), unique("EventEndpoint"));
        long endpoint = fixtures().endpoint(c.id(), "tracker", null);
        fixtures().event(EventLog.NewEvent.api(c.id(), EventType.ENDPOINT_UPDATED, null, endpoint, "renamed"));

        Api.Response r = c.admin().get("/api/v1/events?endpoint_id=" + endpoint);

        assertThat(types(r)).containsExactly("ENDPOINT_UPDATED");
        assertThat(r.json().get(0).get("endpoint_id").asLong()).isEqualTo(endpoint);
    }

    @Test
    void pagesNewestFirst() {
        Customer c = Customer.create(this, operator(), unique("EventPages"));
        createToken(c, "first");
        createToken(c, "second");
        createToken(c, "third");

        Api.Response page1 = c.admin().get("/api/v1/events?type=TOKEN_CHANGED&per_page=2");
        Api.Response page2 = c.admin().get("/api/v1/events?type=TOKEN_CHANGED&per_page=2&page=2");

        assertThat(page1.header("X-Total-Count")).isEqualTo("3");
        assertThat(page1.header("Link")).contains("rel=\"next\"");
        assertThat(page1.json().get(0).get("id").asLong())
                .isGreaterThan(page1.json().get(1).get("id").asLong());
        assertThat(page2.json()).hasSize(1);
        assertThat(page2.json().get(0).get("id").asLong())
                .isLessThan(page1.json().get(1).get("id").asLong());
    }

    @Test
    void unknownTypeAnswers400NamingIt() {
        Customer c = Customer.create(this, operator(), unique("EventBadType"));

        Api.Response r = c.admin().get("/api/v1/events?type=TOKEN_CHANGED,NO_SUCH_TYPE");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("type");
    }

    @Test
    void unknownSeverityAnswers400NamingIt() {
        Customer c = Customer.create(this, operator(), unique("EventBadSeverity"));

        Api.Response r = c.admin().get("/api/v1/events?severity=LOUD");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("severity");
    }

    @Test
    void malformedIccidAnswers400NamingSim() {
        Customer c = Customer.create(this, operator(), unique("EventBadSim"));

        Api.Response r = c.admin().get("/api/v1/events?sim=1234");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("sim");
    }

    @Test
    void malformedToAnswers400NamingIt() {
        Customer c = Customer.create(this, operator(), unique("EventBadTo"));

        Api.Response r = c.admin().get("/api/v1/events?to=2025-13-01T00:00:00Z");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    }

    @Test
    void anotherOrganisationSeesNoneOfTheEvents() {
        Customer a = Customer.create(this, operator(), unique("EventOwner"));
        Customer b = Customer.create(this, operator(), unique("EventOther"));
        createToken(a, "private");

        Api.Response asked = b.admin().get("/api/v1/events?organisation_id=" + a.id());
        Api.Response own = b.admin().get("/api/v1/events?type=TOKEN_CHANGED");

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json()).isEmpty();
        assertThat(own.json()).isEmpty();
    }

    @Test
    void operatorSeesEveryOrganisationAndCanNarrowToOne() {
        Customer a = Customer.create(this, operator(), unique("EventOpA"));
        Customer b = Customer.create(this, operator(), unique("EventOpB"));
        createToken(a, "a");
        createToken(b, "b");

        Api.Response all = operator().get("/api/v1/events?type=ORGANISATION_CREATED&per_page=1000");
        Api.Response onlyB = operator().get("/api/v1/events?type=TOKEN_CHANGED&organisation_id=" + b.id());

        List<Long> organisations = new ArrayList<>();
        all.json().forEach(e -> organisations.add(e.get("organisation_id").asLong()));
        assertThat(organisations).contains(a.id(), b.id());
        assertThat(onlyB.header("X-Total-Count")).isEqualTo("1");
        assertThat(onlyB.json().get(0).get("organisation_id").asLong()).isEqualTo(b.id());
    }

    private LogFixtures fixtures() {
        return new LogFixtures(jdbc, tx, audit, events);
    }

    private static void createToken(Customer c, String description) {
        Api.Response r = c.admin().post("/api/v1/application-tokens", Map.of("description", description));
        assertThat(r.status()).as("create token: %s", r).isEqualTo(201);
    }

    private static List<String> types(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().findValuesAsString("type");
    }
}
