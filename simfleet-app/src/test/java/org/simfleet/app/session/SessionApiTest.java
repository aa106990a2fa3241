package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.simfleet.radius.codec.AttributeType;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/endpoints/{id}/sessions and /api/v1/sims/{iccid}/sessions. */
class SessionApiTest extends AccountingTestBase {

    @Test
    void listsAnEndpointsSessionsNewestFirstWithWhatTheyCounted() {
        Subscriber sub = subscriber();
        String first = sessionId();
        String second = sessionId();
        gateway().account(at(Acct.start(first, sub.imsi()), "2026-03-01T10:00:00Z"));
        gateway().account(at(Acct.stop(first, sub.imsi(), 3_000, 12_000, 600), "2026-03-01T10:10:00Z"));
        gateway().account(at(Acct.start(second, sub.imsi()), "2026-03-02T10:00:00Z"));

        Api.Response r = sub.customer().readOnly().get("/api/v1/endpoints/" + sub.endpointId() + "/sessions");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).isEqualTo("2");
        JsonNode newest = r.json().get(0);
        JsonNode closed = r.json().get(1);
        assertThat(newest.get("acct_session_id").asText()).isEqualTo(second);
        assertThat(newest.get("open").asBoolean()).isTrue();
        assertThat(closed.get("started_at").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(closed.get("ended_at").asText()).isEqualTo("2026-03-01T10:10:00Z");
        assertThat(closed.get("duration_seconds").asLong()).isEqualTo(600);
        assertThat(closed.get("bytes_up").asLong()).isEqualTo(3_000);
        assertThat(closed.get("bytes_down").asLong()).isEqualTo(12_000);
        assertThat(closed.get("packets_down").asLong()).isEqualTo(120);
        assertThat(closed.get("framed_ip").asText()).isEqualTo("100.64.1.2");
        assertThat(closed.get("apn").asText()).isEqualTo("em");
        assertThat(closed.get("rat_type").asText()).isEqualTo("4G");
        assertThat(closed.get("mcc").asText()).isEqualTo("262");
        assertThat(closed.get("mnc").asText()).isEqualTo("02");
        assertThat(closed.get("cell").get("tac").asInt()).isEqualTo(0x1234);
        assertThat(closed.get("cell").get("eci").asLong()).isEqualTo(0x01a2b3c4L);
        assertThat(closed.get("imeisv").asText()).isEqualTo("3534900698733201");
        assertThat(closed.get("gateway").asText()).isEqualTo("127.0.0.1");
        assertThat(closed.get("terminate_cause").asText()).isEqualTo("USER_REQUEST");
    }

    @Test
    void showsAnOpenSessionsCountersSoFar() {
        Subscriber sub = subscriber();
        String id = sessionId();
        gateway().account(Acct.start(id, sub.imsi()));
        gateway().account(Acct.interim(id, sub.imsi(), 1_500, 2_500));

        JsonNode s = sub.customer()
                .admin()
                .get("/api/v1/endpoints/" + sub.endpointId() + "/sessions?open=true")
                .json()
                .get(0);

        assertThat(s.get("bytes_up").asLong()).isEqualTo(1_500);
        assertThat(s.get("bytes_down").asLong()).isEqualTo(2_500);
        assertThat(s.get("packets_up").asLong()).isEqualTo(15);
        assertThat(s.has("ended_at")).isFalse();
    }

    @Test
    void filtersByOpenAndByStartTime() {
        Subscriber sub = subscriber();
        String march = sessionId();
        String april = sessionId();
        gateway().account(at(Acct.start(march, sub.imsi()), "2026-03-01T10:00:00Z"));
        gateway().account(at(Acct.stop(march, sub.imsi(), 1, 1, 60), "2026-03-01T10:01:00Z"));
        gateway().account(at(Acct.start(april, sub.imsi()), "2026-04-01T10:00:00Z"));
        String path = "/api/v1/endpoints/" + sub.endpointId() + "/sessions";
        Api api = sub.customer().admin();

        assertThat(ids(api.get(path + "?open=true"))).containsExactly(april);
        assertThat(ids(api.get(path + "?open=false"))).containsExactly(march);
        assertThat(ids(api.get(path + "?from=2026-03-15T00:00:00Z"))).containsExactly(april);
        assertThat(ids(api.get(path + "?to=2026-03-15T00:00:00Z"))).containsExactly(march);
        assertThat(ids(api.get(path + "?from=2026-03-01T10:00:00Z&to=2026-04-01T10:00:00Z")))
                .containsExactly(march);
    }

    @Test
    void pagesNewestFirst() {
        Subscriber sub = subscriber();
        String older = sessionId();
        String newer = sessionId();
        gateway().account(at(Acct.start(older, sub.imsi()), "2026-03-01T10:00:00Z"));
        gateway().account(at(Acct.start(newer, sub.imsi()), "2026-03-02T10:00:00Z"));

        Api.Response page2 =
                sub.customer().admin().get("/api/v1/endpoints/" + sub.endpointId() + "/sessions?per_page=1&page=2");

        assertThat(ids(page2)).containsExactly(older);
        assertThat(page2.header("X-Total-Count")).isEqualTo("2");
        assertThat(page2.header("Link")).contains("rel=\"prev\"");
    }

    @Test
    void answersOneSessionOfAnEndpointAndOfItsSim() {
        Subscriber sub = subscriber();
        String id = sessionId();
        gateway().account(Acct.start(id, sub.imsi()));
        String uuid = session(id).get("id").toString();
        Api api = sub.customer().user();

        Api.Response ofEndpoint = api.get("/api/v1/endpoints/" + sub.endpointId() + "/sessions/" + uuid);
        Api.Response ofSim = api.get("/api/v1/sims/" + sub.iccid() + "/sessions/" + uuid);

        assertThat(ofEndpoint.status()).isEqualTo(200);
        assertThat(ofEndpoint.json().get("acct_session_id").asText()).isEqualTo(id);
        assertThat(ofSim.json().get("id").asText()).isEqualTo(uuid);
    }

    @Test
    void listsASimsSessions() {
        Subscriber sub = subscriber();
        String id = sessionId();
        gateway().account(Acct.start(id, sub.imsi()));

        Api.Response r = sub.customer().admin().get("/api/v1/sims/" + sub.iccid() + "/sessions");

        assertThat(ids(r)).containsExactly(id);
    }

    @Test
    void hidesSessionsFromOtherOrganisations() {
        Subscriber sub = subscriber();
        String id = sessionId();
        gateway().account(Acct.start(id, sub.imsi()));
        String uuid = session(id).get("id").toString();
        Api stranger = Customer.create(this, operator(), unique("Other")).admin();

        assertThat(stranger.get("/api/v1/endpoints/" + sub.endpointId() + "/sessions")
                        .status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/endpoints/" + sub.endpointId() + "/sessions/" + uuid)
                        .status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/sims/" + sub.iccid() + "/sessions").status())
                .isEqualTo(404);
    }

    @Test
    void letsTheOperatorSeeEverySession() {
        Subscriber sub = subscriber();
        String id = sessionId();
        gateway().account(Acct.start(id, sub.imsi()));

        assertThat(ids(operator().get("/api/v1/endpoints/" + sub.endpointId() + "/sessions")))
                .containsExactly(id);
        assertThat(ids(operator().get("/api/v1/sims/" + sub.iccid() + "/sessions")))
                .containsExactly(id);
    }

    @Test
    void refusesAnOpenFilterThatIsNoBoolean() {
        Subscriber sub = subscriber();

        Api.Response r = sub.customer().admin().get("/api/v1/endpoints/" + sub.endpointId() + "/sessions?open=maybe");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("open");
    }

    /** Sets Event-Timestamp (RFC 2869 §5.3), the time the store takes for the event. */
    private static org.simfleet.radius.codec.AttributeWriter at(
            org.simfleet.radius.codec.AttributeWriter w, String instant) {
        return w.addInteger(
                AttributeType.EVENT_TIMESTAMP, Instant.parse(instant).getEpochSecond());
    }

    private static java.util.List<String> ids(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        r.json().forEach(s -> ids.add(s.get("acct_session_id").asText()));
        return ids;
    }
}
