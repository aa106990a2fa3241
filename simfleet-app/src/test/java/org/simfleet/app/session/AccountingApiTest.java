package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Accounting-Requests over real UDP to the running application, and what they leave in the database. */
class AccountingApiTest extends AccountingTestBase {

    @Test
    void storesAStartWithTheSubscriberAndWhereItIs() {
        Subscriber sub = subscriber();
        String id = sessionId();

        gateway().account(Acct.start(id, sub.imsi()));

        Map<String, Object> s = session(id);
        assertThat(s)
                .containsEntry("gateway_address", "127.0.0.1")
                .containsEntry("imsi", sub.imsi())
                .containsEntry("msisdn", "491701234567")
                .containsEntry("apn", "em")
                .containsEntry("framed_ip", "100.64.1.2")
                .containsEntry("rat_type", "4G")
                .containsEntry("mcc", "262")
                .containsEntry("mnc", "02")
                .containsEntry("imeisv", "3534900698733201");
        assertThat(((Number) s.get("tac")).intValue()).isEqualTo(0x1234);
        assertThat(((Number) s.get("eci")).longValue()).isEqualTo(0x01a2b3c4L);
        assertThat(((Number) s.get("charging_id")).longValue()).isEqualTo(4711);
        assertThat(((Number) s.get("org_id")).longValue())
                .isEqualTo(sub.customer().id());
        assertThat(((Number) s.get("sim_id")).longValue()).isEqualTo(sub.simId());
        assertThat(((Number) s.get("endpoint_id")).longValue()).isEqualTo(sub.endpointId());
        assertThat(s.get("ended_at")).isNull();
    }

    @Test
    void storesEachDeltaOfAnInterimAndTheFinalCountersOfAStop() {
        Subscriber sub = subscriber();
        String id = sessionId();

        gateway().account(Acct.start(id, sub.imsi()));
        gateway().account(Acct.interim(id, sub.imsi(), 1_000, 5_000));
        gateway().account(Acct.stop(id, sub.imsi(), 3_000, 12_000, 3_600));

        assertThat(jdbc().queryForList(
                                "SELECT u.bytes_up, u.bytes_down, u.total_bytes_up, u.total_bytes_down FROM usage_record u"
                                        + " JOIN data_session s ON s.id = u.session_id WHERE s.acct_session_id = ?"
                                        + " ORDER BY u.id",
                                id))
                .extracting(r ->
                        r.values().stream().map(v -> ((Number) v).longValue()).toList())
                .containsExactly(
                        java.util.List.of(1_000L, 5_000L, 1_000L, 5_000L),
                        java.util.List.of(2_000L, 7_000L, 3_000L, 12_000L));
        Map<String, Object> s = session(id);
        assertThat(s.get("ended_at")).isNotNull();
        assertThat(s).containsEntry("terminate_cause", "USER_REQUEST");
        assertThat(((Number) s.get("duration_seconds")).longValue()).isEqualTo(3_600);
        assertThat(((Number) s.get("bytes_up")).longValue()).isEqualTo(3_000);
        assertThat(((Number) s.get("bytes_down")).longValue()).isEqualTo(12_000);
        assertThat(((Number) s.get("packets_down")).longValue()).isEqualTo(120);
    }

    @Test
    void recordsADeletePdpContextEventForTheEndpointAtStop() {
        Subscriber sub = subscriber();
        String id = sessionId();

        gateway().account(Acct.start(id, sub.imsi()));
        gateway().account(Acct.stop(id, sub.imsi(), 12_345_678, 45_600_000, 3_600));

        assertThat(jdbc().queryForList(
                                "SELECT sim_id, endpoint_id, source, description FROM event WHERE org_id = ? AND type = ?",
                                sub.customer().id(),
                                "DELETE_PDP_CONTEXT"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(((Number) e.get("endpoint_id")).longValue()).isEqualTo(sub.endpointId());
                    assertThat(((Number) e.get("sim_id")).longValue()).isEqualTo(sub.simId());
                    assertThat(e)
                            .containsEntry("source", "NETWORK")
                            .containsEntry(
                                    "description",
                                    "Delete PDP Context: 12.3 MB up, 45.6 MB down, 3,600 s, User Request");
                });
    }

    @Test
    void countsADuplicateInterimOnce() {
        String imsi = strangerImsi();
        String id = sessionId();
        gateway().account(Acct.start(id, imsi));

        // the same counters twice in two packets (new identifiers), as a gateway that lost our answer may resend
        gateway().account(Acct.interim(id, imsi, 1_000, 2_000));
        gateway().account(Acct.interim(id, imsi, 1_000, 2_000));

        assertThat(usage(id)).containsExactly(1_000, 2_000, 1);
    }

    @Test
    void countsAnInterimThatArrivesAfterALaterOneAsNothing() {
        String imsi = strangerImsi();
        String id = sessionId();
        gateway().account(Acct.start(id, imsi));

        gateway().account(Acct.interim(id, imsi, 2_000, 4_000));
        gateway().account(Acct.interim(id, imsi, 1_000, 2_000));

        assertThat(usage(id)).containsExactly(2_000, 4_000, 1);
    }

    @Test
    void countsEverythingWhenAStopFollowsALostInterim() {
        String imsi = strangerImsi();
        String id = sessionId();
        gateway().account(Acct.start(id, imsi));
        gateway().account(Acct.interim(id, imsi, 1_000, 2_000));
        // the Interim with 5,000 / 9,000 never arrived

        gateway().account(Acct.stop(id, imsi, 7_000, 11_000, 900));

        assertThat(usage(id)).containsExactly(7_000, 11_000, 2);
        assertThat(((Number) session(id).get("bytes_up")).longValue()).isEqualTo(7_000);
    }

    @Test
    void countsNothingForAStopRepeatedAfterTheSessionClosed() {
        String imsi = strangerImsi();
        String id = sessionId();
        gateway().account(Acct.start(id, imsi));
        gateway().account(Acct.stop(id, imsi, 7_000, 11_000, 900));

        gateway().account(Acct.stop(id, imsi, 7_000, 11_000, 900));

        assertThat(usage(id)).containsExactly(7_000, 11_000, 1);
    }

    @Test
    void addsGigawordsToTheOctetCounters() {
        String imsi = strangerImsi();
        String id = sessionId();
        long up = (5L << 32) + 1_000; // Acct-Input-Gigawords 5, Acct-Input-Octets 1,000 (RFC 2869 §5.1)
        long down = (1L << 32) + 7;
        gateway().account(Acct.start(id, imsi));

        gateway().account(Acct.stop(id, imsi, up, down, 60));

        assertThat(usage(id)).containsExactly(up, down, 1);
    }

    @Test
    void createsTheSessionOfAnInterimForASessionNeverStarted() {
        String imsi = strangerImsi();
        String id = sessionId();

        gateway()
                .account(Acct.counters(Acct.subscriber(Acct.INTERIM, id, imsi), 500, 700)
                        .addInteger(org.simfleet.radius.codec.AttributeType.ACCT_SESSION_TIME, 300));

        Map<String, Object> s = session(id);
        assertThat(s).containsEntry("imsi", imsi);
        assertThat(s.get("ended_at")).isNull();
        assertThat(usage(id)).containsExactly(500, 700, 1);
    }

    @Test
    void keepsOneSessionWhenAStartIsRepeated() {
        String imsi = strangerImsi();
        String id = sessionId();

        gateway().account(Acct.start(id, imsi));
        gateway().account(Acct.start(id, imsi));

        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM data_session WHERE acct_session_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void storesTheSessionOfAnImsiThatIsNoSimWithoutOwner() {
        String imsi = strangerImsi();
        String id = sessionId();

        gateway().account(Acct.start(id, imsi));

        Map<String, Object> s = session(id);
        assertThat(s).containsEntry("imsi", imsi);
        assertThat(s.get("org_id")).isNull();
        assertThat(s.get("sim_id")).isNull();
        assertThat(s.get("endpoint_id")).isNull();
    }

    @Test
    void answersOnlyOnceTheSessionIsCommitted() {
        String imsi = strangerImsi();
        String id = sessionId();

        gateway().account(Acct.start(id, imsi));

        // read at once, on another connection: the answer came after the commit, so the row must be there
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM data_session WHERE acct_session_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void addsToTheSessionAlreadyStoredWhenItsStartComesAgainAfterARestart() {
        String imsi = strangerImsi();
        String id = sessionId();
        UUID stored = storedSession(id, imsi, false);

        // memory never held it (stored by a run before this one, or another node): only the INSERT finds it taken
        gateway().account(Acct.start(id, imsi));
        gateway().account(Acct.interim(id, imsi, 100, 200));

        assertThat(jdbc().queryForList("SELECT id FROM data_session WHERE acct_session_id = ?", UUID.class, id))
                .containsExactly(stored);
        assertThat(usage(id)).containsExactly(100, 200, 1);
    }

    @Test
    void countsNothingForAStopOfASessionClosedBeforeARestart() {
        String imsi = strangerImsi();
        String id = sessionId();
        storedSession(id, imsi, true);

        gateway().account(Acct.stop(id, imsi, 500, 600, 10));

        assertThat(usage(id)).containsExactly(0, 0, 0);
    }

    /** A session written straight into the table, as a previous run of the application would have left it. */
    private UUID storedSession(String acctSessionId, String imsi, boolean closed) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc().update(
                        """
                INSERT INTO data_session (id, gateway_address, acct_session_id, imsi, started_at, ended_at,
                    last_update_at, bytes_up, bytes_down, packets_up, packets_down, terminate_cause)
                VALUES (?, '127.0.0.1', ?, ?, ?, ?, ?, ?, ?, 5, 6, ?)""",
                        id,
                        acctSessionId,
                        imsi,
                        now.minusMinutes(10),
                        closed ? now : null,
                        now,
                        closed ? 500 : 0,
                        closed ? 600 : 0,
                        closed ? "USER_REQUEST" : null);
        return id;
    }
}
