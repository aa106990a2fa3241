package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.patch;
import static org.simfleet.app.endpoint.EndpointFixtures.policies;
import static org.simfleet.app.support.AddressBlocks.address;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.AddressBlocks;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/**
 * Each endpoint of an organisation with an address pool holds one static address from it: the lowest free one from
 * the pool's first address on, or one the customer chooses, for the endpoint's life.
 */
class EndpointAddressApiTest extends ApiTest {

    private record Org(Customer customer, EndpointFixtures.Policies policies, String pool) {}

    private Org orgWithPool(String name, String cidr) {
        Customer c = Customer.create(this, operator(), unique(name));
        if (cidr != null) {
            assertThat(setPool(c.id(), cidr).status()).isEqualTo(200);
        }
        return new Org(c, policies(c.admin()), cidr);
    }

    private Api.Response setPool(long orgId, String cidr) {
        return operator().patch("/api/v1/organisations/" + orgId, patch("ip_pool", cidr));
    }

    private Api.Response post(Org org, String name, String ip) {
        Map<String, Object> body = endpoint(name, org.policies());
        if (ip != null) {
            body.put("ip_address", ip);
        }
        return org.customer().user().post(PATH, body);
    }

    private String ipOf(Org org, long endpointId) {
        return org.customer()
                .user()
                .get(PATH + "/" + endpointId)
                .json()
                .get("ip_address")
                .asText();
    }

    @Test
    void endpointsGetThePoolsAddressesInOrderFromItsFirst() {
        Org org = orgWithPool("AddrOrder", AddressBlocks.next24());

        List<String> ips = List.of(
                post(org, "a", null).json().get("ip_address").asText(),
                post(org, "b", null).json().get("ip_address").asText(),
                post(org, "c", null).json().get("ip_address").asText());

        assertThat(ips).containsExactly(address(org.pool(), 0), address(org.pool(), 1), address(org.pool(), 2));
    }

    @Test
    void endpointOfAnOrganisationWithoutPoolHasNoAddress() {
        Org org = orgWithPool("AddrNone", null);

        Api.Response r = post(org, "a", null);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("ip_address").isNull()).isTrue();
    }

    @Test
    void customerMayChooseAFreeAddressOfThePool() {
        Org org = orgWithPool("AddrChosen", AddressBlocks.next24());

        Api.Response r = post(org, "a", address(org.pool(), 77));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("ip_address").asText()).isEqualTo(address(org.pool(), 77));
    }

    @Test
    void chosenAddressOutsideThePoolAnswers422() {
        Org org = orgWithPool("AddrOutside", AddressBlocks.next24());

        Api.Response r = post(org, "a", "192.0.2.7");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_address");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains(org.pool());
    }

    @Test
    void chosenAddressWithoutPoolAnswers422() {
        Org org = orgWithPool("AddrNoPoolChosen", null);

        Api.Response r = post(org, "a", "10.9.9.9");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_address");
    }

    @Test
    void malformedAddressAnswers422() {
        Org org = orgWithPool("AddrMalformed", AddressBlocks.next24());

        Api.Response r = post(org, "a", "10.0.0.01");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_address");
    }

    @Test
    void addressHeldByAnotherEndpointAnswers409NamingTheField() {
        Org org = orgWithPool("AddrTaken", AddressBlocks.next24());
        long holder = create(org.customer().user(), endpoint("holder", org.policies()));

        Api.Response r = post(org, "second", address(org.pool(), 0));

        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_address");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("endpoint " + holder);
    }

    @Test
    void lowestFreeAddressSkipsAddressesCustomersChose() {
        Org org = orgWithPool("AddrSkip", AddressBlocks.next24());
        post(org, "chosen-0", address(org.pool(), 0));
        post(org, "chosen-1", address(org.pool(), 1));

        Api.Response r = post(org, "picked", null);

        assertThat(r.json().get("ip_address").asText()).isEqualTo(address(org.pool(), 2));
    }

    @Test
    void deletedEndpointsAddressIsTheNextGivenOut() {
        Org org = orgWithPool("AddrRelease", AddressBlocks.next24());
        long first = create(org.customer().user(), endpoint("a", org.policies()));
        create(org.customer().user(), endpoint("b", org.policies()));
        org.customer().user().delete(PATH + "/" + first);

        Api.Response r = post(org, "c", null);

        assertThat(r.json().get("ip_address").asText()).isEqualTo(address(org.pool(), 0));
    }

    @Test
    void addressIsKeptWhenOtherFieldsChange() {
        Org org = orgWithPool("AddrKept", AddressBlocks.next24());
        create(org.customer().user(), endpoint("a", org.policies()));
        long id = create(org.customer().user(), endpoint("b", org.policies()));

        org.customer().user().patch(PATH + "/" + id, patch("name", "renamed", "status", "DISABLED"));

        assertThat(ipOf(org, id)).isEqualTo(address(org.pool(), 1));
    }

    @Test
    void patchMovesTheEndpointToAnotherFreeAddress() {
        Org org = orgWithPool("AddrMove", AddressBlocks.next24());
        long id = create(org.customer().user(), endpoint("a", org.policies()));

        Api.Response r = org.customer().user().patch(PATH + "/" + id, patch("ip_address", address(org.pool(), 9)));

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("ip_address").asText()).isEqualTo(address(org.pool(), 9));
        assertThat(post(org, "b", null).json().get("ip_address").asText()).isEqualTo(address(org.pool(), 0));
    }

    @Test
    void exhaustedPoolAnswers409NamingTheAddressField() {
        Org org = orgWithPool("AddrExhausted", AddressBlocks.next30());
        for (int i = 0; i < 4; i++) {
            create(org.customer().user(), endpoint("e" + i, org.policies()));
        }

        Api.Response r = post(org, "fifth", null);

        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_address");
        assertThat(r.json().get("errors").get(0).get("reason").asText()).contains("exhausted");
        assertThat(EndpointFixtures.endpointCount(jdbc(), org.customer().id())).isEqualTo(4);
    }

    @Test
    void settingAPoolAddressesExistingEndpointsInIdOrder() {
        Org org = orgWithPool("AddrLater", null);
        long a = create(org.customer().user(), endpoint("a", org.policies()));
        long b = create(org.customer().user(), endpoint("b", org.policies()));
        String cidr = AddressBlocks.next24();

        assertThat(setPool(org.customer().id(), cidr).status()).isEqualTo(200);

        assertThat(ipOf(org, a)).isEqualTo(address(cidr, 0));
        assertThat(ipOf(org, b)).isEqualTo(address(cidr, 1));
        assertThat(post(org, "c", null).json().get("ip_address").asText()).isEqualTo(address(cidr, 2));
    }

    @Test
    void addressesGivenByAPoolChangeAreAudited() {
        Org org = orgWithPool("AddrLaterAudit", null);
        long a = create(org.customer().user(), endpoint("a", org.policies()));
        String cidr = AddressBlocks.next24();

        setPool(org.customer().id(), cidr);

        assertThat(EndpointFixtures.auditRows(jdbc(), "endpoint", a)).anySatisfy(row -> assertThat(row)
                .containsEntry("action", "ENDPOINT_IP_ASSIGN")
                .containsEntry("new_value", address(cidr, 0)));
    }

    @Test
    void poolThatNoLongerHoldsAnEndpointsAddressAnswers409() {
        Org org = orgWithPool("AddrStranded", AddressBlocks.next24());
        long id = create(org.customer().user(), endpoint("a", org.policies()));

        Api.Response r = setPool(org.customer().id(), AddressBlocks.next24());

        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_pool");
        assertThat(ipOf(org, id)).isEqualTo(address(org.pool(), 0));
    }

    @Test
    void poolTooSmallForTheEndpointsAnswers409() {
        Org org = orgWithPool("AddrTooSmall", null);
        for (int i = 0; i < 5; i++) {
            create(org.customer().user(), endpoint("e" + i, org.policies()));
        }

        Api.Response r = setPool(org.customer().id(), AddressBlocks.next30());

        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_pool");
    }

    @Test
    void removingThePoolReleasesEveryAddress() {
        Org org = orgWithPool("AddrRemoved", AddressBlocks.next24());
        long id = create(org.customer().user(), endpoint("a", org.policies()));

        Api.Response r = setPool(org.customer().id(), null);

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(org.customer()
                        .user()
                        .get(PATH + "/" + id)
                        .json()
                        .get("ip_address")
                        .isNull())
                .isTrue();
    }
}
