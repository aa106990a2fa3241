package org.simfleet.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.LogFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class AuditApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditLog audit;

    @Autowired
    org.simfleet.app.event.EventLog events;

    @Test
    void listsTheOrganisationsChangesNewestFirstWithWhoAndFromWhere() {
        Customer c = Customer.create(this, operator(), unique("AuditList"));
        List<Long> tokens = createTokens(c, 3);

        Api.Response r = c.admin().get("/api/v1/audit?action=TOKEN_CREATE");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo("3");
        assertThat(ids(r, "object_id")).containsExactly(tokens.get(2), tokens.get(1), tokens.get(0));
        JsonNode newest = r.json().get(0);
        assertThat(newest.get("organisation_id").asLong()).isEqualTo(c.id());
        assertThat(newest.get("object_type").asText()).isEqualTo("application_token");
        assertThat(newest.get("old_value").isNull()).isTrue();
        assertThat(newest.get("new_value").asText()).contains("token 3");
        assertThat(newest.get("actor").get("type").asText()).isEqualTo("USER");
        assertThat(newest.get("actor").get("id").isNumber()).isTrue();
        assertThat(newest.get("actor").get("name").asText()).startsWith("admin@");
        assertThat(newest.get("source_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(newest.get("result").asText()).isEqualTo("SUCCESS");
        assertThat(Instant.parse(newest.get("occurred_at").asText())).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void pagesWithTotalCountAndLinkHeader() {
        Customer c = Customer.create(this, operator(), unique("AuditPages"));
        List<Long> tokens = createTokens(c, 3);

        Api.Response first = c.admin().get("/api/v1/audit?action=TOKEN_CREATE&per_page=2&sort=id");
        Api.Response second = c.admin().get("/api/v1/audit?action=TOKEN_CREATE&per_page=2&sort=id&page=2");

        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=2");
        assertThat(ids(first, "object_id")).containsExactly(tokens.get(0), tokens.get(1));
        assertThat(ids(second, "object_id")).containsExactly(tokens.get(2));
        assertThat(second.header("Link")).doesNotContain("rel=\"next\"");
    }

    @Test
    void filtersByPartOfTheActorsNameIgnoringCase() {
        Customer c = Customer.create(this, operator(), unique("AuditActor"));
        long userId = c.user().get("/api/v1/users/me").json().get("id").asLong();
        c.user().patch("/api/v1/users/" + userId, Map.of("name", "Renamed Self"));

        Api.Response r = c.admin().get("/api/v1/audit?actor=USER@");

        assertThat(r.header("X-Total-Count")).isEqualTo("1");
        assertThat(r.json().get(0).get("action").asText()).isEqualTo("USER_UPDATE");
        assertThat(r.json().get(0).get("new_value").asText()).contains("Renamed Self");
    }

    @Test
    void filtersByObject() {
        Customer c = Customer.create(this, operator(), unique("AuditObject"));
        List<Long> tokens = createTokens(c, 2);
        c.admin().delete("/api/v1/application-tokens/" + tokens.get(1));

        Api.Response r = c.admin().get("/api/v1/audit?object_type=application_token&object_id=" + tokens.get(1));

        assertThat(r.json().findValuesAsString("action")).containsExactly("TOKEN_REVOKE", "TOKEN_CREATE");
    }

    @Test
    void filtersByResult() {
        Customer c = Customer.create(this, operator(), unique("AuditResult"));
        fixtures()
                .audit(AuditLog.Change.refused(
                        c.id(), "SIM_STATE_CHANGE", "sim", "8988200000000000001", "ACTIVE", "TEST"));

        Api.Response failures = c.admin().get("/api/v1/audit?result=failure");

        assertThat(failures.header("X-Total-Count")).isEqualTo("1");
        assertThat(failures.json().get(0).get("result").asText()).isEqualTo("FAILURE");
        assertThat(failures.json().get(0).get("actor").get("type").asText()).isEqualTo("SYSTEM");
        assertThat(failures.json().get(0).get("actor").get("id").isNull()).isTrue();
    }

    @Test
    void timeWindowIncludesFromAndExcludesTo() {
        Customer c = Customer.create(this, operator(), unique("AuditWindow"));
        long token = createTokens(c, 1).get(0);
        String at = c.admin()
                .get("/api/v1/audit?action=TOKEN_CREATE")
                .json()
                .get(0)
                .get("occurred_at")
                .asText();
        Instant when = Instant.parse(at);

        Api.Response from = c.admin().get("/api/v1/audit?action=TOKEN_CREATE&from=" + when);
        Api.Response upToIt = c.admin().get("/api/v1/audit?action=TOKEN_CREATE&to=" + when);
        Api.Response around =
                c.admin().get("/api/v1/audit?action=TOKEN_CREATE&from=" + when + "&to=" + when.plusMillis(1));

        assertThat(ids(from, "object_id")).containsExactly(token);
        assertThat(ids(upToIt, "object_id")).isEmpty();
        assertThat(ids(around, "object_id")).containsExactly(token);
    }

    @Test
    void malformedFromAnswers400NamingIt() {
        Customer c = Customer.create(this, operator(), unique("AuditBadFrom"));

        Api.Response r = c.admin().get("/api/v1/audit?from=yesterday");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
    }

    @Test
    void toNotAfterFromAnswers400NamingTo() {
        Customer c = Customer.create(this, operator(), unique("AuditBadTo"));

        Api.Response r = c.admin().get("/api/v1/audit?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
    }

    @Test
    void unknownResultAnswers400NamingIt() {
        Customer c = Customer.create(this, operator(), unique("AuditBadResult"));

        Api.Response r = c.admin().get("/api/v1/audit?result=MAYBE");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("result");
    }

    @Test
    void anotherOrganisationSeesNoneOfTheEntries() {
        Customer a = Customer.create(this, operator(), unique("AuditOwner"));
        Customer b = Customer.create(this, operator(), unique("AuditOther"));
        long token = createTokens(a, 1).get(0);

        Api.Response byObject = b.admin().get("/api/v1/audit?object_type=application_token&object_id=" + token);
        Api.Response byOrganisation = b.admin().get("/api/v1/audit?organisation_id=" + a.id());

        assertThat(byObject.status()).isEqualTo(200);
        assertThat(byObject.header("X-Total-Count")).isEqualTo("0");
        assertThat(byOrganisation.status()).isEqualTo(200);
        assertThat(byOrganisation.header("X-Total-Count")).isEqualTo("0");
        assertThat(byOrganisation.json()).isEmpty();
    }

    @Test
    void readOnlyUserReadsTheOrganisationsLog() {
        Customer c = Customer.create(this, operator(), unique("AuditReader"));
        long token = createTokens(c, 1).get(0);

        Api.Response r = c.readOnly().get("/api/v1/audit?object_type=application_token");

        assertThat(ids(r, "object_id")).containsExactly(token);
    }

    @Test
    void operatorSeesEveryOrganisationAndCanNarrowToOne() {
        Customer a = Customer.create(this, operator(), unique("AuditOpA"));
        Customer b = Customer.create(this, operator(), unique("AuditOpB"));
        long tokenA = createTokens(a, 1).get(0);
        long tokenB = createTokens(b, 1).get(0);

        Api.Response all = operator().get("/api/v1/audit?action=ORGANISATION_CREATE&per_page=1000");
        Api.Response onlyA = operator().get("/api/v1/audit?action=TOKEN_CREATE&organisation_id=" + a.id());

        assertThat(ids(all, "organisation_id")).contains(a.id(), b.id());
        assertThat(ids(onlyA, "object_id")).containsExactly(tokenA).doesNotContain(tokenB);
    }

    private LogFixtures fixtures() {
        return new LogFixtures(jdbc, tx, audit, events);
    }

    private static List<Long> createTokens(Customer c, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Api.Response r = c.admin().post("/api/v1/application-tokens", Map.of("description", "token " + i));
            assertThat(r.status()).as("create token: %s", r).isEqualTo(201);
            ids.add(r.json().get("id").asLong());
        }
        return ids;
    }

    private static List<Long> ids(Api.Response r, String field) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().forEach(item -> ids.add(item.get(field).asLong()));
        return ids;
    }
}
