package org.simfleet.app.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.simfleet.app.connectivity.ConnectivityFixtures.Device;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** {@code GET /api/v1/endpoints?connectivity=} lists exactly the endpoints whose own report shows that state. */
class EndpointConnectivityFilterApiTest extends ApiTest {

    private static List<Long> ids(Api api, String state) {
        Api.Response r = api.get("/api/v1/endpoints?per_page=1000&connectivity=" + state);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo(String.valueOf(r.json().size()));
        return StreamSupport.stream(r.json().spliterator(), false)
                .map(e -> e.get("id").asLong())
                .toList();
    }

    @Test
    void listsEachEndpointUnderTheStateItsConnectivityReports() {
        Customer c = Customer.create(this, operator(), unique("Filter"));
        Device offline = ConnectivityFixtures.device(jdbc(), c);
        Device attached = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), attached, true, null);
        Device online = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(jdbc(), c.id(), online, true, null);
        ConnectivityFixtures.openSession(jdbc(), c.id(), online, "127.0.3.1", unique("filter"));
        Device refused = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.registered(
                jdbc(), c.id(), refused, false, "operator 262-02 blacklisted by coverage policy");
        Device suspended = ConnectivityFixtures.device(jdbc(), c);
        ConnectivityFixtures.openSession(jdbc(), c.id(), suspended, "127.0.3.1", unique("filter"));
        assertThat(c.admin()
                        .patch("/api/v1/sims/" + suspended.iccid(), Map.of("state", "SUSPENDED"))
                        .status())
                .isEqualTo(200);
        Api user = c.readOnly();

        assertThat(ids(user, "OFFLINE")).containsExactly(offline.endpointId());
        assertThat(ids(user, "ATTACHED")).containsExactly(attached.endpointId());
        assertThat(ids(user, "online")).containsExactly(online.endpointId());
        assertThat(ids(user, "BLOCKED")).containsExactlyInAnyOrder(refused.endpointId(), suspended.endpointId());
        for (Device d : List.of(offline, attached, online, refused, suspended)) {
            String reported = user.get("/api/v1/endpoints/" + d.endpointId() + "/connectivity")
                    .json()
                    .get("status")
                    .asText();
            assertThat(ids(user, reported)).contains(d.endpointId());
        }
    }

    @Test
    void endpointWithoutSimIsOffline() {
        Customer c = Customer.create(this, operator(), unique("Filter"));
        Device withSim = ConnectivityFixtures.device(jdbc(), c);
        Api.Response spare = c.admin().get("/api/v1/endpoints/" + withSim.endpointId());
        Api.Response created = c.admin()
                .post(
                        "/api/v1/endpoints",
                        Map.of(
                                "name",
                                unique("Spare"),
                                "service_policy_id",
                                spare.json().get("service_policy").get("id").asLong(),
                                "coverage_policy_id",
                                spare.json().get("coverage_policy").get("id").asLong()));
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        assertThat(ids(c.readOnly(), "OFFLINE"))
                .containsExactlyInAnyOrder(
                        withSim.endpointId(), created.json().get("id").asLong());
    }

    @Test
    void unknownStateIsRefusedNamingTheParameter() {
        Customer c = Customer.create(this, operator(), unique("Filter"));

        Api.Response r = c.readOnly().get("/api/v1/endpoints?connectivity=ROAMING");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("connectivity");
    }
}
