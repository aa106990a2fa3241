package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.policies;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EndpointListApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> tagged(String name, EndpointFixtures.Policies p, String... tags) {
        Map<String, Object> body = endpoint(name, p);
        body.put("tags", List.of(tags));
        return body;
    }

    private static List<String> names(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().findValuesAsString("name").stream()
                .filter(n -> !n.startsWith("Service ") && !n.startsWith("Coverage "))
                .toList();
    }

    @Test
    void filtersByTag() {
        Customer c = Customer.create(this, operator(), unique("EpTagFilter"));
        EndpointFixtures.Policies p = policies(c.admin());
        create(c.user(), tagged("north-1", p, "site:north", "pump"));
        create(c.user(), tagged("south-1", p, "site:south", "pump"));
        create(c.user(), tagged("north-2", p, "site:north"));

        assertThat(names(c.user().get(PATH + "?tag=site:north&sort=name"))).containsExactly("north-1", "north-2");
        assertThat(names(c.user().get(PATH + "?tag=pump&sort=name"))).containsExactly("north-1", "south-1");
    }

    @Test
    void filtersByNameIgnoringCaseAndTakingWildcardsLiterally() {
        Customer c = Customer.create(this, operator(), unique("EpNameFilter"));
        EndpointFixtures.Policies p = policies(c.admin());
        create(c.user(), endpoint("Cold Store 1", p));
        create(c.user(), endpoint("cold_room", p));
        create(c.user(), endpoint("Freezer", p));

        assertThat(names(c.user().get(PATH + "?name=COLD&sort=name"))).containsExactly("Cold Store 1", "cold_room");
        assertThat(names(c.user().get(PATH + "?name=d_r"))).containsExactly("cold_room");
    }

    @Test
    void filtersByStatusAndPolicies() {
        Customer c = Customer.create(this, operator(), unique("EpStatusFilter"));
        EndpointFixtures.Policies first = policies(c.admin());
        EndpointFixtures.Policies second = policies(c.admin());
        Map<String, Object> disabled = endpoint("off", first);
        disabled.put("status", "DISABLED");
        create(c.user(), disabled);
        create(c.user(), endpoint("on", first));
        create(c.user(), endpoint("other", second));

        assertThat(names(c.user().get(PATH + "?status=disabled"))).containsExactly("off");
        assertThat(names(c.user().get(PATH + "?service_policy_id=" + second.service())))
                .containsExactly("other");
        assertThat(names(c.user().get(PATH + "?coverage_policy_id=" + first.coverage() + "&status=ENABLED")))
                .containsExactly("on");
    }

    @Test
    void filtersBySimIccidAndImei() {
        Customer c = Customer.create(this, operator(), unique("EpIdFilter"));
        EndpointFixtures.Policies p = policies(c.admin());
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), "ACTIVE");
        Map<String, Object> withSim = endpoint("with-sim", p);
        withSim.put("sim_iccid", iccid);
        create(c.user(), withSim);
        Map<String, Object> withImei = endpoint("with-imei", p);
        withImei.put("imei", "490154203237518");
        create(c.user(), withImei);

        assertThat(names(c.user().get(PATH + "?sim_iccid=" + iccid))).containsExactly("with-sim");
        assertThat(names(c.user().get(PATH + "?imei=490154203237518"))).containsExactly("with-imei");
    }

    @Test
    void pagesAndSortsWithTotalCount() {
        Customer c = Customer.create(this, operator(), unique("EpPaging"));
        EndpointFixtures.Policies p = policies(c.admin());
        for (String name : new String[] {"c", "a", "d", "b"}) {
            create(c.user(), endpoint(name, p));
        }

        Api.Response second = c.user().get(PATH + "?sort=-name&per_page=2&page=2");

        assertThat(names(second)).containsExactly("b", "a");
        assertThat(second.header("X-Total-Count")).isEqualTo("4");
        assertThat(second.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void listShowsEachEndpointsTags() {
        Customer c = Customer.create(this, operator(), unique("EpListTags"));
        EndpointFixtures.Policies p = policies(c.admin());
        create(c.user(), tagged("one", p, "x", "y"));
        create(c.user(), tagged("two", p));

        Api.Response r = c.user().get(PATH + "?sort=name");

        assertThat(Api.JSON.convertValue(r.json().get(0).get("tags"), List.class))
                .containsExactly("x", "y");
        assertThat(r.json().get(1).get("tags").isEmpty()).isTrue();
    }

    @Test
    void unknownStatusOrSortAnswers400() {
        Customer c = Customer.create(this, operator(), unique("EpBadFilter"));

        Api.Response status = c.user().get(PATH + "?status=ASLEEP");
        Api.Response sort = c.user().get(PATH + "?sort=imei");
        Api.Response id = c.user().get(PATH + "?service_policy_id=abc");

        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(id.status()).isEqualTo(400);
        assertThat(id.header("Content-Type")).startsWith("application/problem+json");
        assertThat(id.json().get("detail").asText()).contains("service_policy_id");
    }
}
