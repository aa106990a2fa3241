package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.smsc.DeliveredMt;
import org.simfleet.simulator.smsc.MoConcatenation;
import org.simfleet.simulator.smsc.SmscSimulator;
import org.simfleet.smpp.SmsContent;
import tools.jackson.databind.JsonNode;

/** Device commands as binary SMS: octets in hexadecimal with their data_coding and user data header. */
class SmsBinaryApiTest extends ApiTest {

    private SmscSimulator smsc;
    private Customer customer;
    private final List<DeliveredMt> delivered = new CopyOnWriteArrayList<>();
    private AutoCloseable subscription;

    @BeforeEach
    void connect() {
        Api operator = operator();
        smsc = TestSmsc.connect(operator);
        subscription = smsc.onDeliveredMt(delivered::add);
        customer = Customer.create(this, operator, unique("SmsBinary"));
    }

    @AfterEach
    void unsubscribe() throws Exception {
        subscription.close();
    }

    @Test
    void sendsABinaryCommandWithItsDataCodingAndHeader() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        Api.Response r = customer.user()
                .post(
                        d.path(),
                        Map.of(
                                "payload", "00ff10a0",
                                "encoding", "binary",
                                "data_coding", 0xF5,
                                "udh", "0605040b8423f0"));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("encoding").asString()).isEqualTo("BINARY");
        assertThat(r.json().get("payload").asString()).isEqualTo("00FF10A0");
        assertThat(r.json().get("data_coding").asInt()).isEqualTo(0xF5);
        assertThat(r.json().get("udh").asString()).isEqualTo("0605040B8423F0");
        long id = r.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, id), "DELIVERED"::equals);
        DeliveredMt mt = delivered.stream()
                .filter(m -> m.destination().equals(d.msisdn()))
                .findFirst()
                .orElseThrow();
        assertThat(mt.dataCoding()).isEqualTo((byte) 0xF5);
        assertThat(HexFormat.of().formatHex(mt.payload())).isEqualTo("00ff10a0");
        assertThat(mt.text()).isNull();
    }

    @Test
    void sendsALongBinaryPayloadInConcatenatedParts() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        String octets = "a5".repeat(300);
        Api.Response r = customer.user().post(d.path(), Map.of("payload", octets, "encoding", "BINARY"));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("parts").asInt()).isEqualTo(3); // 134 octets a part beside the concatenation header
        assertThat(r.json().get("data_coding").asInt()).isEqualTo(4);
        long id = r.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, id), "DELIVERED"::equals);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> delivered.stream().anyMatch(m -> m.destination().equals(d.msisdn())));
        assertThat(delivered.stream()
                        .filter(m -> m.destination().equals(d.msisdn()))
                        .findFirst()
                        .orElseThrow()
                        .payload())
                .isEqualTo(HexFormat.of().parseHex(octets));
    }

    @Test
    void refusesABinaryPayloadThatIsNotHexadecimal() {
        assertInvalid(Map.of("payload", "APN em", "encoding", "BINARY"), "payload");
    }

    @Test
    void refusesADataCodingForText() {
        assertInvalid(Map.of("payload", "APN em", "data_coding", 4), "data_coding");
    }

    @Test
    void refusesAHeaderWhoseLengthOctetIsWrong() {
        assertInvalid(Map.of("payload", "00", "encoding", "BINARY", "udh", "0705040b8423f0"), "udh");
    }

    @Test
    void refusesAnEncodingItDoesNotKnow() {
        assertInvalid(Map.of("payload", "00", "encoding", "UTF-8"), "encoding");
    }

    @Test
    void storesABinaryMoInHexadecimalWithItsDataCoding() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        smsc.sendMo(
                d.msisdn(),
                "12345",
                new SmsContent.Binary(new byte[] {0x01, (byte) 0xAB, 0x7F}, (byte) 0x04, null),
                MoConcatenation.UDH_8BIT);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> customer.user().get(d.path() + "?direction=MO").header("X-Total-Count"), "1"::equals);
        JsonNode mo = customer.user().get(d.path() + "?direction=MO").json().get(0);
        assertThat(mo.get("encoding").asString()).isEqualTo("BINARY");
        assertThat(mo.get("payload").asString()).isEqualTo("01AB7F");
        assertThat(mo.get("data_coding").asInt()).isEqualTo(4);
    }

    @Test
    void failsAStoredPayloadThatCannotBeSentAndSendsTheOthers() {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        // a row the API would have refused (not hexadecimal), as another writer could leave it
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc().update(
                        """
                INSERT INTO sms_message (org_id, endpoint_id, sim_id, iccid, direction, status, source_address,
                    destination_address, payload, parts, submit_date, expiry_date, submit_state, attempts,
                    next_attempt_at, data_coding)
                SELECT e.org_id, e.id, e.sim_id, ?, 'MT', 'PENDING', 'Simfleet', ?, 'not hex', 1, ?, ?, 'QUEUED', 0, ?, 4
                FROM endpoint e WHERE e.id = ?""",
                        d.iccid(),
                        d.msisdn(),
                        now,
                        now.plusHours(1),
                        now,
                        d.endpointId());
        long bad = jdbc().queryForObject(
                        "SELECT id FROM sms_message WHERE endpoint_id = ? AND payload = 'not hex'",
                        Long.class,
                        d.endpointId());
        long good = customer.user()
                .post(d.path(), Map.of("payload", "0102", "encoding", "BINARY"))
                .json()
                .get("id")
                .asLong();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> SmsFixtures.status(customer.user(), d, good), "DELIVERED"::equals);
        JsonNode failed = customer.user().get(d.path() + "/" + bad).json();
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure_reason").asString()).contains("cannot be sent");
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        Api.Response r = customer.user().post(d.path(), body);
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(jdbc().queryForObject(
                                "SELECT COUNT(*) FROM sms_message WHERE endpoint_id = ?", Long.class, d.endpointId()))
                .isZero();
    }
}
