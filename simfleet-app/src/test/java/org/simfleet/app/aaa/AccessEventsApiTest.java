package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import tools.jackson.databind.JsonNode;

/** Every decision is an event in the owner's event log, written in the background; and every one is counted. */
class AccessEventsApiTest extends AaaApiTest {

    private static final AtomicLong UNKNOWN = new AtomicLong();
    private static final Duration WRITTEN = Duration.ofSeconds(10);

    private List<Map<String, Object>> events(String where, Object... args) {
        return jdbc().queryForList(
                        "SELECT org_id, type, severity, source, sim_id, endpoint_id, description FROM event WHERE "
                                + where
                                + " ORDER BY id",
                        args);
    }

    @Test
    void acceptIsOnRecordAsCreatePdpContext() {
        Device d = device(customer());
        String ip = gateway().send(Attach.of(d.imsi())).framedIp();

        await().atMost(WRITTEN).untilAsserted(() -> assertThat(
                        events("endpoint_id = ? AND type = 'CREATE_PDP_CONTEXT'", d.endpointId()))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry(
                                "description", "Create PDP Context accepted: APN em, LTE, operator 262-01, IP " + ip)
                        .containsEntry("severity", "INFO")
                        .containsEntry("source", "NETWORK")
                        .containsEntry("sim_id", d.simId())
                        .containsEntry("org_id", customer().id())));
    }

    @Test
    void rejectIsOnRecordAsWarningWithItsReason() {
        String name = unique("Trackers");
        Device d = device(customer(), Map.of("name", name, "rat_types", List.of("4G")), Map.of(), Map.of());
        gateway().send(Attach.of(d.imsi()).withRat(Attach.NB_IOT));

        await().atMost(WRITTEN).untilAsserted(() -> assertThat(
                        events("endpoint_id = ? AND type = 'PDP_CONTEXT_REJECTED'", d.endpointId()))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry(
                                "description", "PDP context rejected: radio type NB-IoT not allowed by policy " + name)
                        .containsEntry("severity", "WARN")
                        .containsEntry("source", "NETWORK")
                        .containsEntry("sim_id", d.simId())));
    }

    @Test
    void unknownImsiRejectGoesToTheOperatorsLog() {
        String imsi = "00199"
                + "%010d".formatted(ProcessHandle.current().pid() % 100_000 * 100_000 + UNKNOWN.incrementAndGet());
        long operatorOrg = jdbc().queryForObject("SELECT id FROM organisation WHERE kind = 'OPERATOR'", Long.class);

        gateway().send(Attach.of(imsi));

        await().atMost(WRITTEN).untilAsserted(() -> assertThat(
                        events("description = ?", "PDP context rejected: unknown IMSI " + imsi))
                .singleElement()
                .satisfies(
                        e -> assertThat(e).containsEntry("org_id", operatorOrg).containsEntry("sim_id", null)));
    }

    @Test
    void customerReadsTheDecisionsInTheEndpointsEventLog() {
        Device d = device(customer());
        gateway().send(Attach.of(d.imsi()));

        await().atMost(WRITTEN).untilAsserted(() -> {
            Api.Response r =
                    customer().user().get("/api/v1/endpoints/" + d.endpointId() + "/events?type=CREATE_PDP_CONTEXT");
            assertThat(r.status()).as("%s", r).isEqualTo(200);
            assertThat(r.json().valueStream().map(JsonNode::toString))
                    .singleElement()
                    .asString()
                    .contains("Create PDP Context accepted");
        });
    }

    @Test
    void rejectsAreCountedByReasonForPrometheus() {
        double before = counter("simfleet_aaa_access_rejected_total", "unknown_imsi");

        gateway().send(Attach.of("001989999999999"));

        assertThat(counter("simfleet_aaa_access_rejected_total", "unknown_imsi"))
                .isEqualTo(before + 1);
    }

    @Test
    void acceptsAreCountedForPrometheus() {
        Device d = device(customer());
        double before = counter("simfleet_aaa_access_accepted_total", null);

        gateway().send(Attach.of(d.imsi()));

        assertThat(counter("simfleet_aaa_access_accepted_total", null)).isEqualTo(before + 1);
    }

    @Test
    void droppedEventsAreExposedForPrometheus() {
        assertThat(anonymous().get("/actuator/prometheus").body()).contains("simfleet_aaa_events_dropped_total");
    }

    private double counter(String name, String reason) {
        String body = anonymous().get("/actuator/prometheus").body();
        String labels = reason == null ? "(\\{[^}]*})?" : "\\{[^}]*reason=\"" + reason + "\"[^}]*}";
        Matcher m = Pattern.compile("(?m)^" + name + labels + " ([0-9.eE+-]+)$").matcher(body);
        assertThat(m.find()).as("%s in %s", name, body).isTrue();
        return Double.parseDouble(m.group(m.groupCount()));
    }
}
