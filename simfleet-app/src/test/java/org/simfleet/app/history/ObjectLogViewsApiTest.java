package org.simfleet.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.LogFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The per-SIM and per-endpoint views of the audit and event logs. */
class ObjectLogViewsApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditLog audit;

    @Autowired
    EventLog events;

    @Test
    void simAuditShowsOnlyThatSimsEntries() {
        Customer c = Customer.create(this, operator(), unique("SimAudit"));
        LogFixtures.Sim sim = fixtures().sim(c.id());
        LogFixtures.Sim other = fixtures().sim(c.id());
        fixtures().audit(AuditLog.Change.ok(c.id(), "SIM_STATE_CHANGE", "sim", sim.iccid(), "ACTIVE", "SUSPENDED"));
        fixtures().audit(AuditLog.Change.ok(c.id(), "SIM_STATE_CHANGE", "sim", other.iccid(), "ACTIVE", "TEST"));

        Api.Response r = c.user().get("/api/v1/sims/" + sim.iccid() + "/audit");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo("1");
        assertThat(r.json().get(0).get("object_id").asText()).isEqualTo(sim.iccid());
        assertThat(r.json().get(0).get("new_value").asText()).isEqualTo("SUSPENDED");
    }

    @Test
    void simEventsShowOnlyThatSimsEventsWithItsIccid() {
        Customer c = Customer.create(this, operator(), unique("SimEvents"));
        LogFixtures.Sim sim = fixtures().sim(c.id());
        LogFixtures.Sim other = fixtures().sim(c.id());
        fixtures().event(EventLog.NewEvent.api(c.id(), EventType.SIM_STATE_CHANGE, sim.id(), null, "to SUSPENDED"));
        fixtures().event(EventLog.NewEvent.api(c.id(), EventType.SIM_STATE_CHANGE, other.id(), null, "to TEST"));

        Api.Response r = c.user().get("/api/v1/sims/" + sim.iccid() + "/events");

        assertThat(r.header("X-Total-Count")).isEqualTo("1");
        assertThat(r.json().get(0).get("sim").get("iccid").asText()).isEqualTo(sim.iccid());
        assertThat(r.json().get(0).get("description").asText()).isEqualTo("to SUSPENDED");
    }

    @Test
    void simViewsFilterLikeTheWholeLog() {
        Customer c = Customer.create(this, operator(), unique("SimFilter"));
        LogFixtures.Sim sim = fixtures().sim(c.id());
        fixtures().event(EventLog.NewEvent.api(c.id(), EventType.SIM_STATE_CHANGE, sim.id(), null, "state"));
        fixtures().event(EventLog.NewEvent.api(c.id(), EventType.SIM_ASSIGNED, sim.id(), null, "assigned"));

        Api.Response r = c.user().get("/api/v1/sims/" + sim.iccid() + "/events?type=SIM_ASSIGNED");

        assertThat(r.json().findValuesAsString("type")).containsExactly("SIM_ASSIGNED");
    }

    @Test
    void anotherOrganisationsSimAnswers404() {
        Customer a = Customer.create(this, operator(), unique("SimOwner"));
        Customer b = Customer.create(this, operator(), unique("SimStranger"));
        LogFixtures.Sim sim = fixtures().sim(a.id());
        fixtures().audit(AuditLog.Change.ok(a.id(), "SIM_STATE_CHANGE", "sim", sim.iccid(), "ACTIVE", "TEST"));

        Api.Response auditView = b.admin().get("/api/v1/sims/" + sim.iccid() + "/audit");
        Api.Response eventView = b.admin().get("/api/v1/sims/" + sim.iccid() + "/events");

        assertThat(auditView.status()).isEqualTo(404);
        assertThat(auditView.header("Content-Type")).startsWith("application/problem+json");
        assertThat(eventView.status()).isEqualTo(404);
    }

    @Test
    void unknownIccidAnswers404() {
        Customer c = Customer.create(this, operator(), unique("SimUnknown"));

        assertThat(c.admin().get("/api/v1/sims/89882999999999999999/audit").status())
                .isEqualTo(404);
    }

    @Test
    void operatorSeesTheLogOfAnySim() {
        Customer c = Customer.create(this, operator(), unique("SimOperator"));
        LogFixtures.Sim assigned = fixtures().sim(c.id());
        LogFixtures.Sim inventory = fixtures().sim(null);
        fixtures().audit(AuditLog.Change.ok(c.id(), "SIM_STATE_CHANGE", "sim", assigned.iccid(), "ACTIVE", "TEST"));

        Api.Response customers = operator().get("/api/v1/sims/" + assigned.iccid() + "/audit");
        Api.Response own = operator().get("/api/v1/sims/" + inventory.iccid() + "/events");

        assertThat(customers.header("X-Total-Count")).isEqualTo("1");
        assertThat(customers.json().get(0).get("organisation_id").asLong()).isEqualTo(c.id());
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void endpointViewsShowOnlyThatEndpoint() {
        Customer c = Customer.create(this, operator(), unique("EndpointViews"));
        long endpoint = fixtures().endpoint(c.id(), "meter-1", null);
        long other = fixtures().endpoint(c.id(), "meter-2", null);
        for (long id : new long[] {endpoint, other}) {
            fixtures().audit(AuditLog.Change.ok(c.id(), "ENDPOINT_UPDATE", "endpoint", id, "old", "new " + id));
            fixtures().event(EventLog.NewEvent.api(c.id(), EventType.ENDPOINT_UPDATED, null, id, "updated " + id));
        }

        Api.Response auditView = c.readOnly().get("/api/v1/endpoints/" + endpoint + "/audit");
        Api.Response eventView = c.readOnly().get("/api/v1/endpoints/" + endpoint + "/events");

        assertThat(auditView.json().findValuesAsString("new_value")).containsExactly("new " + endpoint);
        assertThat(eventView.json().findValuesAsString("description")).containsExactly("updated " + endpoint);
    }

    @Test
    void anotherOrganisationsEndpointAnswers404EvenToTheOperator() {
        Customer a = Customer.create(this, operator(), unique("EndpointOwner"));
        Customer b = Customer.create(this, operator(), unique("EndpointStranger"));
        long endpoint = fixtures().endpoint(a.id(), "gateway", null);

        assertThat(b.admin().get("/api/v1/endpoints/" + endpoint + "/audit").status())
                .isEqualTo(404);
        assertThat(b.admin().get("/api/v1/endpoints/" + endpoint + "/events").status())
                .isEqualTo(404);
        assertThat(operator().get("/api/v1/endpoints/" + endpoint + "/events").status())
                .isEqualTo(404);
    }

    private LogFixtures fixtures() {
        return new LogFixtures(jdbc, tx, audit, events);
    }
}
