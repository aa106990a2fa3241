package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Customer;

/** Real Access-Requests over UDP to the running server: what is accepted with which attributes, and every reject. */
class AccessRequestApiTest extends AaaApiTest {

    private String endpointIp(Device d) {
        return customer()
                .user()
                .get("/api/v1/endpoints/" + d.endpointId())
                .json()
                .get("ip_address")
                .asText();
    }

    @Test
    void acceptsActiveSimWithItsStaticAddressDnsServersAndInterimInterval() {
        Device d = device(customer());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()));

        assertThat(reply.accepted()).as("%s", reply).isTrue();
        assertThat(reply.framedIp()).isEqualTo(endpointIp(d));
        assertThat(reply.primaryDns()).isEqualTo("192.0.2.53");
        assertThat(reply.secondaryDns()).isEqualTo("192.0.2.54");
        assertThat(reply.interimInterval()).isEqualTo(900);
    }

    @Test
    void acceptCarriesIpv6DnsServersAs3gppAttribute() {
        Device d = device(customer(), Map.of("dns_servers", List.of("2001:db8::53", "192.0.2.53")), Map.of(), Map.of());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()));

        assertThat(reply.ipv6Dns()).containsExactly("2001:db8:0:0:0:0:0:53");
        assertThat(reply.primaryDns()).isEqualTo("192.0.2.53");
        assertThat(reply.secondaryDns()).isNull();
    }

    @Test
    void acceptWithoutPoolCarriesNoFramedIpAddress() {
        Customer noPool = Customer.create(this, op(), unique("AaaNoPool"));
        Device d = device(noPool);

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()));

        assertThat(reply.accepted()).as("%s", reply).isTrue();
        assertThat(reply.framedIp()).isNull();
    }

    @Test
    void identifiesTheSubscriberByUserNameWithout3gppImsi() {
        Device d = device(customer());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withoutImsiAttribute());

        assertThat(reply.accepted()).as("%s", reply).isTrue();
    }

    @Test
    void rejectsUnknownImsi() {
        AccessClient.Reply reply = gateway().send(Attach.of("001999999999999"));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("unknown IMSI");
    }

    @Test
    void rejectsSimWhoseStatePassesNoTraffic() {
        String[] sim = registeredSim(customer());

        AccessClient.Reply reply = gateway().send(Attach.of(sim[1]));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("the SIM is REGISTERED, which passes no traffic");
    }

    @Test
    void rejectsSimWithoutEndpoint() {
        String[] sim = activeSim(customer());

        AccessClient.Reply reply = gateway().send(Attach.of(sim[1]));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("the SIM is not assigned to an endpoint");
    }

    @Test
    void rejectsDisabledEndpoint() {
        Device d = device(customer(), Map.of(), Map.of(), Map.of("status", "DISABLED"));

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("the endpoint is disabled");
    }

    @Test
    void rejectsWhenTheServicePolicyAllowsNoData() {
        String name = unique("NoData");
        Device d = device(customer(), Map.of("name", name, "data_allowed", false), Map.of(), Map.of());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("data not allowed by policy " + name);
    }

    @Test
    void rejectsRadioTypeThePolicyDoesNotAllow() {
        String name = unique("Trackers");
        Device d = device(customer(), Map.of("name", name, "rat_types", List.of("4G", "LTE-M")), Map.of(), Map.of());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withRat(Attach.NB_IOT));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("radio type NB-IoT not allowed by policy " + name);
    }

    @Test
    void rejectsApnThePolicyDoesNotAllow() {
        String name = unique("EmOnly");
        Device d = device(customer(), Map.of("name", name), Map.of(), Map.of());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withApn("internet"));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("APN internet not allowed by policy " + name);
    }

    @Test
    void comparesApnsWithoutCaseAndWithoutOperatorIdentifier() {
        Device d = device(customer());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withApn("EM.mnc001.mcc262.gprs"));

        assertThat(reply.accepted()).as("%s", reply).isTrue();
    }

    @Test
    void rejectsBlacklistedVisitedOperator() {
        String name = unique("NoVodafone");
        Device d = device(customer(), Map.of(), Map.of("name", name, "blocked_operators", List.of("262-02")), Map.of());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withNetwork("26202"));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("operator 262-02 blocked by policy " + name);
    }

    @Test
    void rejectsVisitedCountryThePolicyDoesNotCover() {
        String name = unique("GermanyOnly");
        Device d = device(customer(), Map.of(), Map.of("name", name, "allowed_countries", List.of("262")), Map.of());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withNetwork("20801"));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("country 208 not covered by policy " + name);
    }

    @Test
    void acceptsCoveredCountry() {
        Device d = device(customer(), Map.of(), Map.of("allowed_countries", List.of("262")), Map.of());

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withNetwork("26203"));

        assertThat(reply.accepted()).as("%s", reply).isTrue();
    }

    @Test
    void rejectsAnotherDeviceWhenTheImeiIsLocked() {
        Device d = device(customer(), Map.of(), Map.of(), Map.of("imei", "490154203237518", "imei_lock", true));

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withImeisv("3533190000000101"));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).isEqualTo("IMEI lock: the device is not the one the endpoint is locked to");
    }

    @Test
    void acceptsTheLockedDeviceByTheFirst14DigitsOfItsImeisv() {
        Device d = device(customer(), Map.of(), Map.of(), Map.of("imei", "490154203237518", "imei_lock", true));

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()).withImeisv("4901542032375107"));

        assertThat(reply.accepted()).as("%s", reply).isTrue();
    }

    @Test
    void rejectsLockedEndpointWhenTheRequestNamesNoDevice() {
        Device d = device(customer(), Map.of(), Map.of(), Map.of("imei", "490154203237518", "imei_lock", true));

        AccessClient.Reply reply = gateway().send(Attach.of(d.imsi()));

        assertThat(reply.rejected()).isTrue();
        assertThat(reply.replyMessage()).startsWith("IMEI lock:");
    }
}
