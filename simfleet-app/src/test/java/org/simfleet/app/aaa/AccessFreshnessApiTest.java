package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;

/**
 * The read model follows every change made through the API before the API answers: the very next Access-Request
 * is decided by the new state, with no waiting and no database query per packet.
 */
class AccessFreshnessApiTest extends AaaApiTest {

    @Test
    void suspendingTheSimRejectsTheNextRequest() {
        Device d = device(customer());
        assertThat(gateway().send(Attach.of(d.imsi())).accepted()).isTrue();

        Api.Response r = customer().admin().patch("/api/v1/sims/" + d.iccid(), Map.of("state", "SUSPENDED"));
        assertThat(r.status()).isEqualTo(200);

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()));
        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("the SIM is SUSPENDED, which passes no traffic");
    }

    @Test
    void bulkStateChangeAppliesToEverySim() {
        Device first = device(customer());
        Device second = device(customer());

        Api.Response r = customer()
                .admin()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "SUSPENDED", "iccids", List.of(first.iccid(), second.iccid())));
        assertThat(r.status()).as("%s", r).isIn(200, 201);

        assertThat(gateway().send(Attach.of(first.imsi())).rejected()).isTrue();
        assertThat(gateway().send(Attach.of(second.imsi())).rejected()).isTrue();
    }

    @Test
    void bulkChangeOfScatteredSimsAppliesToEach() {
        Device first = device(customer());
        for (int i = 0; i < 5; i++) {
            inventorySim(); // SIMs between the two, so their ids are far apart for their number
        }
        Device second = device(customer());

        customer()
                .admin()
                .post(
                        "/api/v1/sims/state-changes",
                        Map.of("target_state", "SUSPENDED", "iccids", List.of(first.iccid(), second.iccid())));

        assertThat(gateway().send(Attach.of(first.imsi())).rejected()).isTrue();
        assertThat(gateway().send(Attach.of(second.imsi())).rejected()).isTrue();
    }

    @Test
    void changingThePolicysApnsAppliesAtOnce() {
        Device d = device(customer());
        assertThat(gateway().send(Attach.of(d.imsi()).withApn("iot.fleet")).rejected())
                .isTrue();

        Api.Response r = customer()
                .admin()
                .patch("/api/v1/service-policies/" + d.servicePolicy(), Map.of("apns", List.of("em", "iot.fleet")));
        assertThat(r.status()).as("%s", r).isEqualTo(200);

        assertThat(gateway().send(Attach.of(d.imsi()).withApn("iot.fleet")).accepted())
                .isTrue();
    }

    @Test
    void blacklistingTheOperatorAppliesAtOnce() {
        Device d = device(customer());

        customer()
                .admin()
                .patch(
                        "/api/v1/coverage-policies/" + d.coveragePolicy(),
                        Map.of("blocked_operators", List.of("262-01")));

        assertThat(gateway().send(Attach.of(d.imsi()).withNetwork("26201")).rejected())
                .isTrue();
    }

    @Test
    void disablingTheEndpointAppliesAtOnce() {
        Device d = device(customer());

        customer().user().patch("/api/v1/endpoints/" + d.endpointId(), Map.of("status", "DISABLED"));

        assertThat(gateway().send(Attach.of(d.imsi())).replyMessage()).isEqualTo("the endpoint is disabled");
    }

    @Test
    void deletingTheEndpointAppliesAtOnce() {
        Device d = device(customer());

        customer().user().delete("/api/v1/endpoints/" + d.endpointId());

        assertThat(gateway().send(Attach.of(d.imsi())).replyMessage())
                .isEqualTo("the SIM is not assigned to an endpoint");
    }

    @Test
    void importedSimIsKnownAtOnce() {
        String[] sim = inventorySim();

        assertThat(gateway().send(Attach.of(sim[1])).replyMessage())
                .isEqualTo("the SIM is INVENTORY, which passes no traffic");
    }

    @Test
    void newEndpointWithAnActiveSimIsAcceptedAtOnce() {
        Device d = device(customer());

        assertThat(gateway().send(Attach.of(d.imsi())).accepted()).isTrue();
    }

    @Test
    void poolSetLaterHandsOutTheEndpointsNewAddressAtOnce() {
        Customer later = Customer.create(this, op(), unique("AaaPoolLater"));
        Device d = device(later);
        assertThat(gateway().send(Attach.of(d.imsi())).framedIp()).isNull();
        String pool = org.simfleet.app.support.AddressBlocks.next24();

        op().patch("/api/v1/organisations/" + later.id(), Map.of("ip_pool", pool));

        assertThat(gateway().send(Attach.of(d.imsi())).framedIp())
                .isEqualTo(org.simfleet.app.support.AddressBlocks.address(pool, 0));
    }

    @Test
    void choosingAnotherAddressHandsItOutAtOnce() {
        Device d = device(customer());
        String chosen = org.simfleet.app.support.AddressBlocks.address(poolOf(customer()), 200);

        Api.Response r = customer().user().patch("/api/v1/endpoints/" + d.endpointId(), Map.of("ip_address", chosen));
        assertThat(r.status()).as("%s", r).isEqualTo(200);

        assertThat(gateway().send(Attach.of(d.imsi())).framedIp()).isEqualTo(chosen);
    }
}
