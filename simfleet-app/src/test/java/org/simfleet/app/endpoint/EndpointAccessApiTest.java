package org.simfleet.app.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.endpoint.EndpointFixtures.PATH;
import static org.simfleet.app.endpoint.EndpointFixtures.create;
import static org.simfleet.app.endpoint.EndpointFixtures.endpoint;
import static org.simfleet.app.endpoint.EndpointFixtures.policies;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Endpoints belong to one organisation; ADMIN and USER change them, READ_ONLY only reads. */
class EndpointAccessApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherOrganisationGets404ForEveryEndpointId() {
        Customer owner = Customer.create(this, operator(), unique("EpOwner"));
        Customer other = Customer.create(this, operator(), unique("EpOther"));
        long id = create(owner.user(), endpoint("Private", policies(owner.admin())));

        assertThat(other.admin().get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(other.admin()
                        .patch(PATH + "/" + id, Map.of("name", "Stolen"))
                        .status())
                .isEqualTo(404);
        assertThat(other.admin().delete(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(owner.user().get(PATH + "/" + id).json().get("name").asText())
                .isEqualTo("Private");
    }

    @Test
    void operatorSeesOnlyItsOwnEndpoints() {
        Customer owner = Customer.create(this, operator(), unique("EpOperatorView"));
        String name = unique("Customer device");
        long id = create(owner.user(), endpoint(name, policies(owner.admin())));

        Api.Response list = operator().get(PATH + "?per_page=1000");

        assertThat(list.json().findValuesAsString("name")).doesNotContain(name);
        assertThat(operator().get(PATH + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void readOnlyIsRefusedEveryWrite() {
        Customer c = Customer.create(this, operator(), unique("EpReadOnly"));
        EndpointFixtures.Policies p = policies(c.admin());
        long id = create(c.user(), endpoint("Kept", p));

        assertThat(c.readOnly().post(PATH, endpoint("New", p)).status()).isEqualTo(403);
        assertThat(c.readOnly()
                        .patch(PATH + "/" + id, Map.of("name", "Changed"))
                        .status())
                .isEqualTo(403);
        assertThat(c.readOnly().delete(PATH + "/" + id).status()).isEqualTo(403);
        assertThat(EndpointFixtures.endpointCount(jdbc, c.id())).isEqualTo(1);
        assertThat(c.readOnly().get(PATH + "/" + id).json().get("name").asText())
                .isEqualTo("Kept");
    }

    @Test
    void userMayCreateChangeAndDeleteEndpoints() {
        Customer c = Customer.create(this, operator(), unique("EpUserWrites"));
        long id = create(c.user(), endpoint("Mine", policies(c.admin())));

        assertThat(c.user().patch(PATH + "/" + id, Map.of("name", "Still mine")).status())
                .isEqualTo(200);
        assertThat(c.user().delete(PATH + "/" + id).status()).isEqualTo(204);
    }
}
