package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.policy.PolicyFixtures.create;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/** Policies belong to one organisation, and only its admins change them; the same for both kinds. */
class PolicyAccessApiTest extends ApiTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("/api/v1/service-policies", (Function<String, Map<String, Object>>)
                        PolicyFixtures::servicePolicy),
                Arguments.of("/api/v1/coverage-policies", (Function<String, Map<String, Object>>)
                        PolicyFixtures::coveragePolicy));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anotherOrganisationGets404ForEveryId(String path, Function<String, Map<String, Object>> body) {
        Customer owner = Customer.create(this, operator(), unique("PolOwner"));
        Customer other = Customer.create(this, operator(), unique("PolOther"));
        long id = create(owner.admin(), path, body.apply("Private"));

        assertThat(other.admin().get(path + "/" + id).status()).isEqualTo(404);
        assertThat(other.admin()
                        .patch(path + "/" + id, Map.of("name", "Stolen"))
                        .status())
                .isEqualTo(404);
        assertThat(other.admin().delete(path + "/" + id).status()).isEqualTo(404);
        assertThat(owner.admin().get(path + "/" + id).json().get("name").asText())
                .isEqualTo("Private");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void listShowsOnlyTheCallersOwnPolicies(String path, Function<String, Map<String, Object>> body) {
        Customer owner = Customer.create(this, operator(), unique("PolListOwner"));
        String name = unique("Hidden");
        long id = create(owner.admin(), path, body.apply(name));

        Api.Response operatorList = operator().get(path + "?per_page=1000");

        assertThat(operatorList.json().findValuesAsString("name")).doesNotContain(name);
        assertThat(operator().get(path + "/" + id).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void readOnlyIsRefusedEveryWrite(String path, Function<String, Map<String, Object>> body) {
        Customer c = Customer.create(this, operator(), unique("PolReadOnly"));
        long id = create(c.admin(), path, body.apply("Kept"));

        assertThat(c.readOnly().post(path, body.apply("New")).status()).isEqualTo(403);
        assertThat(c.readOnly()
                        .patch(path + "/" + id, Map.of("name", "Changed"))
                        .status())
                .isEqualTo(403);
        assertThat(c.readOnly().delete(path + "/" + id).status()).isEqualTo(403);
        assertThat(c.readOnly().get(path).header("X-Total-Count")).isEqualTo("1");
        assertThat(c.readOnly().get(path + "/" + id).json().get("name").asText())
                .isEqualTo("Kept");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void userIsRefusedEveryPolicyWrite(String path, Function<String, Map<String, Object>> body) {
        Customer c = Customer.create(this, operator(), unique("PolUser"));
        long id = create(c.admin(), path, body.apply("Admin's"));

        Api.Response post = c.user().post(path, body.apply("User's"));
        Api.Response patch = c.user().patch(path + "/" + id, Map.of("name", "Changed"));
        Api.Response delete = c.user().delete(path + "/" + id);

        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().get("detail").asText()).contains("ADMIN");
        assertThat(patch.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(c.user().get(path).header("X-Total-Count")).isEqualTo("1");
        assertThat(c.user().get(path + "/" + id).json().get("name").asText()).isEqualTo("Admin's");
    }
}
