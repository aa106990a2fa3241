package org.simfleet.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simfleet.app.support.AddressBlocks;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** The operator gives an organisation an IPv4 address pool, on create or by PATCH, checked and on record. */
class OrganisationPoolApiTest extends ApiTest {

    /** One organisation for the table-driven refusals, which change nothing. */
    private static Customer invalidPools;

    private static Map<String, Object> pool(String cidr) {
        Map<String, Object> body = new HashMap<>();
        body.put("ip_pool", cidr);
        return body;
    }

    private Api.Response setPool(Api api, long orgId, String cidr) {
        return api.patch("/api/v1/organisations/" + orgId, pool(cidr));
    }

    @Test
    void operatorSetsAPoolThatTheOrganisationShows() {
        Customer c = Customer.create(this, operator(), unique("PoolSet"));
        String cidr = AddressBlocks.next24();

        Api.Response r = setPool(operator(), c.id(), cidr);

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("ip_pool").asText()).isEqualTo(cidr);
        assertThat(c.admin()
                        .get("/api/v1/organisations/me")
                        .json()
                        .get("ip_pool")
                        .asText())
                .isEqualTo(cidr);
    }

    @Test
    void organisationWithoutPoolShowsNull() {
        Customer c = Customer.create(this, operator(), unique("PoolNone"));

        Api.Response r = c.admin().get("/api/v1/organisations/me");

        assertThat(r.json().has("ip_pool")).isTrue();
        assertThat(r.json().get("ip_pool").isNull()).isTrue();
    }

    @Test
    void poolCanBeGivenWhenTheOrganisationIsCreated() {
        String name = unique("PoolOnCreate");
        String cidr = AddressBlocks.next24();

        Api.Response r = operator()
                .post(
                        "/api/v1/organisations",
                        Map.of("name", name, "admin_email", "admin@" + name.toLowerCase() + ".test", "ip_pool", cidr));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("ip_pool").asText()).isEqualTo(cidr);
    }

    @Test
    void overlappingAnotherOrganisationsPoolAnswers409NamingTheField() {
        Customer first = Customer.create(this, operator(), unique("PoolFirst"));
        Customer second = Customer.create(this, operator(), unique("PoolSecond"));
        String cidr = AddressBlocks.next24();
        setPool(operator(), first.id(), cidr);

        Api.Response r = setPool(operator(), second.id(), AddressBlocks.address(cidr, 128) + "/25");

        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_pool");
        assertThat(r.json().get("errors").get(0).get("reason").asText())
                .contains(cidr)
                .contains(first.name());
        assertThat(second.admin()
                        .get("/api/v1/organisations/me")
                        .json()
                        .get("ip_pool")
                        .isNull())
                .isTrue();
    }

    @Test
    void refusedOverlapStaysOnRecord() {
        Customer first = Customer.create(this, operator(), unique("PoolRecordA"));
        Customer second = Customer.create(this, operator(), unique("PoolRecordB"));
        String cidr = AddressBlocks.next24();
        setPool(operator(), first.id(), cidr);

        setPool(operator(), second.id(), cidr);

        assertThat(jdbc().queryForList(
                                "SELECT result FROM audit_entry WHERE org_id = ? AND action = 'ORGANISATION_IP_POOL'",
                                String.class,
                                second.id()))
                .containsExactly("FAILURE");
    }

    @Test
    void poolChangeIsAudited() {
        Customer c = Customer.create(this, operator(), unique("PoolAudit"));
        String cidr = AddressBlocks.next24();

        setPool(operator(), c.id(), cidr);

        assertThat(jdbc().queryForMap(
                                "SELECT old_value, new_value, result FROM audit_entry"
                                        + " WHERE org_id = ? AND action = 'ORGANISATION_IP_POOL'",
                                c.id()))
                .containsEntry("old_value", null)
                .containsEntry("new_value", cidr)
                .containsEntry("result", "SUCCESS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.0", "10.1.2.3/24", "10.1.2.0/31", "10.0.0.0/7", "127.0.0.0/8", "x/24", "10.1.2/24"})
    void invalidPoolAnswers422NamingTheField(String bad) {
        if (invalidPools == null) {
            invalidPools = Customer.create(this, operator(), unique("PoolInvalid"));
        }

        Api.Response r = setPool(operator(), invalidPools.id(), bad);

        assertThat(r.status()).as("%s", r).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("ip_pool");
    }

    @Test
    void customerCannotSetItsOwnPool() {
        Customer c = Customer.create(this, operator(), unique("PoolCustomer"));

        Api.Response r = setPool(c.admin(), c.id(), AddressBlocks.next24());

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void unknownFieldInAPatchAnswers400() {
        Customer c = Customer.create(this, operator(), unique("PoolUnknownField"));

        Api.Response r = operator().patch("/api/v1/organisations/" + c.id(), Map.of("ip_pol", "10.0.0.0/24"));

        assertThat(r.status()).isEqualTo(400);
    }
}
