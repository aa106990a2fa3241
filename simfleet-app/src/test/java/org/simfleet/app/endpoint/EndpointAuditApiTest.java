package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.auditRows;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.events;
import static org.simfleet.app.endpoint.EndpointFixtures.policies;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EndpointAuditApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createUpdateAndDeleteLeaveAuditEntriesWithWhatChanged() {
        Customer c = Customer.create(this, operator(), unique("EpAudit"));
        EndpointFixtures.Policies p = policies(c.admin());
        Map<String, Object> body = endpoint("Audited", p);
        body.put("tags", List.of("b", "a"));
        long id = create(c.user(), body);
        c.user().patch(PATH + "/" + id, Map.of("status", "DISABLED", "tags", List.of("a")));
        c.user().delete(PATH + "/" + id);

        List<Map<String, Object>> rows = auditRows(jdbc, "endpoint", id);

        assertThat(rows)
                .extracting(r -> r.get("action"))
                .containsExactly("ENDPOINT_CREATE", "ENDPOINT_UPDATE", "ENDPOINT_DELETE");
        assertThat(rows).extracting(r -> r.get("result")).containsOnly("SUCCESS");
        assertThat(rows.get(0).get("new_value"))
                .isEqualTo(
                        "name=Audited tags=a,b imei=null imei_lock=false status=ENABLED ip_address=null service_policy_id="
                                + p.service() + " coverage_policy_id=" + p.coverage() + " sim_iccid=null");
        assertThat(rows.get(1).get("old_value")).isEqualTo("tags=a,b status=ENABLED");
        assertThat(rows.get(1).get("new_value")).isEqualTo("tags=a status=DISABLED");
        assertThat((String) rows.get(2).get("old_value")).startsWith("name=Audited tags=a imei=null");
        assertThat(rows.get(2).get("new_value")).isNull();
    }

    @Test
    void changesRaiseEndpointEventsNamingTheEndpoint() {
        Customer c = Customer.create(this, operator(), unique("EpEvents"));
        long id = create(c.user(), endpoint("Evented", policies(c.admin())));
        c.user().patch(PATH + "/" + id, Map.of("name", "Renamed"));
        c.user().delete(PATH + "/" + id);

        assertThat(events(jdbc, c.id(), "ENDPOINT_CREATED")).singleElement().satisfies(e -> assertThat(
                        ((Number) e.get("endpoint_id")).longValue())
                .isEqualTo(id));
        assertThat(events(jdbc, c.id(), "ENDPOINT_UPDATED"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("description")).isEqualTo("Endpoint 'Renamed' updated: name"));
        assertThat(events(jdbc, c.id(), "ENDPOINT_DELETED")).hasSize(1);
    }

    @Test
    void patchThatChangesNothingLeavesNoEntry() {
        Customer c = Customer.create(this, operator(), unique("EpNoop"));
        long id = create(c.user(), endpoint("Same", policies(c.admin())));

        c.user().patch(PATH + "/" + id, Map.of("name", "Same", "status", "ENABLED"));

        assertThat(auditRows(jdbc, "endpoint", id)).hasSize(1);
        assertThat(events(jdbc, c.id(), "ENDPOINT_UPDATED")).isEmpty();
    }
}
