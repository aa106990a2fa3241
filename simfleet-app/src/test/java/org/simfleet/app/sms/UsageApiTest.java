package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.simfleet.app.sms.SmsFixtures.text;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

class UsageApiTest extends ApiTest {

    @Test
    void countsEndpointsDataAndSmsThisMonth() {
        Api operator = operator();
        var smsc = TestSmsc.connect(operator);
        Customer c = Customer.create(this, operator, unique("Usage"));
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), c, Map.of());
        usageRecord(c.id(), d.endpointId(), Instant.now(), 1000, 5000);
        usageRecord(c.id(), d.endpointId(), Instant.now().minus(40, ChronoUnit.DAYS), 7, 7);
        long id = c.user()
                .post(d.path(), text(unique("counted")))
                .json()
                .get("id")
                .asLong();
        await().atMost(Duration.ofSeconds(20)).until(() -> SmsFixtures.status(c.user(), d, id), "DELIVERED"::equals);
        smsc.sendMo(d.msisdn(), "12345", unique("mo counted"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> c.user().get(d.path() + "?direction=MO").header("X-Total-Count"), "1"::equals);

        JsonNode month = c.readOnly()
                .get("/api/v1/endpoints/" + d.endpointId() + "/usage")
                .json()
                .get("this_month");

        assertThat(month.get("month").asString())
                .isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(month.get("data_bytes_up").asLong()).isEqualTo(1000);
        assertThat(month.get("data_bytes_down").asLong()).isEqualTo(5000);
        assertThat(month.get("sms_mt").asLong()).isEqualTo(1);
        assertThat(month.get("sms_mo").asLong()).isEqualTo(1);
    }

    @Test
    void seriesListsEveryHourWithTheOrganisationsUsage() {
        Customer c = Customer.create(this, operator(), unique("UsageSeries"));
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), c, Map.of());
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
        usageRecord(c.id(), d.endpointId(), hour.plusSeconds(60), 10, 20);
        usageRecord(c.id(), d.endpointId(), hour.plusSeconds(120), 1, 2);

        JsonNode series = c.readOnly()
                .get("/api/v1/usage?granularity=hour&from=" + hour.minus(1, ChronoUnit.HOURS) + "&to="
                        + hour.plus(2, ChronoUnit.HOURS))
                .json();

        assertThat(series).hasSize(3);
        assertThat(series.get(1).get("start").asString()).isEqualTo(hour.toString());
        assertThat(series.get(1).get("data_bytes_up").asLong()).isEqualTo(11);
        assertThat(series.get(1).get("data_bytes_down").asLong()).isEqualTo(22);
        assertThat(series.get(0).get("data_bytes_up").asLong()).isZero();
    }

    @Test
    void answersAnotherOrganisationsEndpointNotFound() {
        Customer c = Customer.create(this, operator(), unique("UsageOwner"));
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), c, Map.of());
        Customer other = Customer.create(this, operator(), unique("UsageOther"));

        assertThat(other.admin()
                        .get("/api/v1/endpoints/" + d.endpointId() + "/usage")
                        .status())
                .isEqualTo(404);
        assertThat(other.admin().get("/api/v1/usage?granularity=week").status()).isEqualTo(400);
    }

    private void usageRecord(long orgId, long endpointId, Instant at, long up, long down) {
        jdbc().update(
                        """
                        INSERT INTO usage_record (session_id, org_id, endpoint_id, recorded_at, bytes_up, bytes_down,
                            packets_up, packets_down, total_bytes_up, total_bytes_down)
                        VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""",
                        UUID.randomUUID(),
                        orgId,
                        endpointId,
                        at.atOffset(ZoneOffset.UTC),
                        up,
                        down,
                        up,
                        down);
    }
}
