package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.springframework.jdbc.support.GeneratedKeyHolder;

class SimSearchApiTest extends SimApiTest {

    @Test
    void customerSeesOnlyItsOwnSims() {
        Customer c = Customer.create(this, op(), unique("Own"));
        Block mine = block();
        registeredBatch(c, mine, 2);
        Block inventory = block();
        importBatch(inventory, 0, 2);

        Api.Response r = c.readOnly().get("/api/v1/sims?per_page=1000");

        assertThat(iccids(r)).containsExactly(mine.iccid(0), mine.iccid(1));
        assertThat(r.header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void operatorSeesInventoryAndCustomersSims() {
        Customer c = Customer.create(this, op(), unique("Visible"));
        Block b = block();
        importBatch(b, 0, 1);
        Block registered = block();
        registeredBatch(c, registered, 1);

        assertThat(op().get("/api/v1/sims/" + b.iccid(0)).status()).isEqualTo(200);
        assertThat(op().get("/api/v1/sims/" + registered.iccid(0)).status()).isEqualTo(200);
        assertThat(iccids(op().get("/api/v1/sims?organisation_id=" + c.id()))).containsExactly(registered.iccid(0));
    }

    @Test
    void anotherOrganisationsSimAnswersNotFound() {
        Customer owner = Customer.create(this, op(), unique("Owner"));
        Customer other = Customer.create(this, op(), unique("Other"));
        Block b = block();
        registeredBatch(owner, b, 1);

        assertThat(other.admin().get("/api/v1/sims/" + b.iccid(0)).status()).isEqualTo(404);
        assertThat(other.admin().get("/api/v1/sims?iccid=" + b.iccid(0)).header("X-Total-Count"))
                .isEqualTo("0");
    }

    @Test
    void filtersByIccidPrefix() {
        Block b = block();
        importBatch(b, 0, 3);
        importBatch(block(), 0, 1);

        Api.Response r = op().get("/api/v1/sims?iccid=" + b.iccidPrefix() + "*");

        assertThat(iccids(r)).containsExactly(b.iccid(0), b.iccid(1), b.iccid(2));
    }

    @Test
    void filtersByExactImsiAndImsiPrefix() {
        Block b = block();
        importBatch(b, 0, 12);

        assertThat(iccids(op().get("/api/v1/sims?imsi=" + b.imsi(11)))).containsExactly(b.iccid(11));
        assertThat(iccids(op().get("/api/v1/sims?imsi=" + b.imsi(10).substring(0, 14) + "*")))
                .containsExactly(b.iccid(10), b.iccid(11));
    }

    @Test
    void filtersByMsisdnWrittenWithPlus() {
        Block b = block();
        importBatch(b, 0, 2);

        Api.Response r = op().get("/api/v1/sims?msisdn=%2B" + b.msisdn(1));

        assertThat(iccids(r)).containsExactly(b.iccid(1));
    }

    @Test
    void filtersByStateList() {
        Customer c = Customer.create(this, op(), unique("States"));
        Block b = block();
        registeredBatch(c, b, 3);
        walkTo(c, b.iccid(0), SimState.ACTIVE);
        walkTo(c, b.iccid(1), SimState.SUSPENDED);

        Api.Response r = c.user().get("/api/v1/sims?state=ACTIVE,SUSPENDED");

        assertThat(iccids(r)).containsExactly(b.iccid(0), b.iccid(1));
    }

    @Test
    void filtersByBic() {
        Block b = block();
        String bic = importBatch(b, 0, 2);
        importBatch(block(), 0, 2);

        assertThat(iccids(op().get("/api/v1/sims?bic=" + bic))).containsExactly(b.iccid(0), b.iccid(1));
    }

    @Test
    void filtersByEndpointAndByTheEndpointsTag() {
        Customer c = Customer.create(this, op(), unique("Tagged"));
        Block b = block();
        registeredBatch(c, b, 3);
        long endpoint = insertEndpoint(c.id(), b.iccid(1), "pump-7", "pumps");
        insertEndpoint(c.id(), b.iccid(2), "meter-1", "meters");

        assertThat(iccids(c.user().get("/api/v1/sims?tag=pumps"))).containsExactly(b.iccid(1));
        assertThat(iccids(c.user().get("/api/v1/sims?endpoint_id=" + endpoint))).containsExactly(b.iccid(1));
        assertThat(c.user()
                        .get("/api/v1/sims/" + b.iccid(1))
                        .json()
                        .get("endpoint")
                        .get("name")
                        .asText())
                .isEqualTo("pump-7");
    }

    @Test
    void pagesWithTotalCountAndLinks() {
        Block b = block();
        importBatch(b, 0, 5);

        Api.Response r = op().get("/api/v1/sims?iccid=" + b.iccidPrefix() + "*&per_page=2&page=2");

        assertThat(iccids(r)).containsExactly(b.iccid(2), b.iccid(3));
        assertThat(r.header("X-Total-Count")).isEqualTo("5");
        assertThat(r.header("Link"))
                .contains("page=3&per_page=2>; rel=\"next\"")
                .contains("page=3&per_page=2>; rel=\"last\"")
                .contains("page=1&per_page=2>; rel=\"prev\"");
    }

    @Test
    void sortsDescending() {
        Block b = block();
        importBatch(b, 0, 3);

        Api.Response r = op().get("/api/v1/sims?iccid=" + b.iccidPrefix() + "*&sort=-imsi");

        assertThat(iccids(r)).containsExactly(b.iccid(2), b.iccid(1), b.iccid(0));
    }

    @Test
    void unknownStateAnswers400NamingTheParameter() {
        Api.Response r = op().get("/api/v1/sims?state=ACTIVE,SLEEPING");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("state");
    }

    @Test
    void nonDigitIccidAnswers400() {
        Api.Response r = op().get("/api/v1/sims?iccid=89ab*");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("iccid");
    }

    @Test
    void unknownSortAnswers400() {
        assertThat(op().get("/api/v1/sims?sort=colour").status()).isEqualTo(400);
    }

    @Test
    void customerCannotFilterByOrganisation() {
        Customer c = Customer.create(this, op(), unique("OrgFilter"));

        Api.Response r = c.admin().get("/api/v1/sims?organisation_id=" + c.id());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("organisation_id");
    }

    private static List<String> iccids(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().findValuesAsString("iccid");
    }

    /** Endpoints belong to another feature; this writes the rows a search reads, with the policies they need. */
    private long insertEndpoint(long orgId, String iccid, String name, String tag) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long service = insert(
                "INSERT INTO service_policy (org_id, name, data_allowed, sms_mo_allowed, sms_mt_allowed, rat_types, apns,"
                        + " dns_servers, interim_interval_seconds, created_at, updated_at)"
                        + " VALUES (?, ?, TRUE, TRUE, TRUE, '4G', 'iot', '', 600, ?, ?)",
                orgId,
                unique("service"),
                now,
                now);
        long coverage = insert(
                "INSERT INTO coverage_policy (org_id, name, allowed_countries, blocked_operators, created_at, updated_at)"
                        + " VALUES (?, ?, '', '', ?, ?)",
                orgId,
                unique("coverage"),
                now,
                now);
        long simId = jdbc.queryForObject("SELECT id FROM sim WHERE iccid = ?", Long.class, iccid);
        long endpoint = insert(
                "INSERT INTO endpoint (org_id, name, status, imei_lock, sim_id, service_policy_id, coverage_policy_id,"
                        + " created_at, updated_at) VALUES (?, ?, 'ENABLED', FALSE, ?, ?, ?, ?, ?)",
                orgId,
                name,
                simId,
                service,
                coverage,
                now,
                now);
        jdbc.update("INSERT INTO endpoint_tag (endpoint_id, tag) VALUES (?, ?)", endpoint, tag);
        return endpoint;
    }

    private long insert(String sql, Object... args) {
        var key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }
}
