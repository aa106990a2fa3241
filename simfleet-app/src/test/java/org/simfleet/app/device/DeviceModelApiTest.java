package org.simfleet.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

/** The catalogue over HTTP: paged lists with filters, one entry, and rendering for any signed-in role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceModelApiTest extends ApiTest {

    private static final String PATH = "/api/v1/device-models";

    private Customer customer;

    @BeforeAll
    void organisation() {
        customer = Customer.create(this, operator(), unique("Devices"));
    }

    private static List<String> ids(Api.Response r) {
        return r.json().valueStream().map(m -> m.get("id").asString()).toList();
    }

    @Test
    void listsTheCatalogueInPagesWithTotalAndLinks() {
        Api.Response r = customer.readOnly().get(PATH + "?per_page=5&page=2");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("X-Total-Count"))
                .isEqualTo(Integer.toString(ApnConfigurations.models().size()));
        assertThat(r.header("Link")).contains("rel=\"next\"").contains("rel=\"prev\"");
        assertThat(ids(r))
                .containsExactlyElementsOf(ApnConfigurations.models().stream()
                        .skip(5)
                        .limit(5)
                        .map(DeviceModel::id)
                        .toList());
    }

    @Test
    void filtersByKind() {
        Api.Response r = customer.user().get(PATH + "?kind=gps_tracker");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().valueStream().map(m -> m.get("kind").asString())).containsOnly("GPS_TRACKER");
        assertThat(ids(r)).hasSize(10).contains("bitrek", "reachfar-rf-v6", "teltonika-gps");
    }

    @Test
    void filtersByVendorIgnoringCaseAndByAnyOfItsNames() {
        assertThat(ids(customer.user().get(PATH + "?vendor=TELTONIKA")))
                .containsExactly("teltonika-gps", "teltonika-router");
        assertThat(ids(customer.user().get(PATH + "?vendor=gemalto"))).containsExactly("cinterion-gemalto-thales");
    }

    @Test
    void findsAnEntryByModelName() {
        assertThat(ids(customer.user().get(PATH + "?q=fmb120"))).containsExactly("teltonika-gps");
    }

    @Test
    void sortsByAnyListedField() {
        List<String> vendors = customer.user()
                .get(PATH + "?sort=-vendor&per_page=1000")
                .json()
                .valueStream()
                .map(m -> m.get("vendor").asString().toLowerCase())
                .toList();

        assertThat(vendors).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void refusesAnUnknownKindOrSort() {
        Api.Response kind = customer.user().get(PATH + "?kind=pager");
        Api.Response sort = customer.user().get(PATH + "?sort=colour");

        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void showsOneEntryWithItsParameters() {
        Api.Response r = customer.readOnly().get(PATH + "/concox");

        assertThat(r.status()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.get("vendor").asString()).isEqualTo("Concox");
        assertThat(m.get("configured_by").asString()).isEqualTo("SMS");
        assertThat(m.get("models").valueStream().map(JsonNode::asString)).contains("GT06N");
        JsonNode password = m.get("parameters").get(1);
        assertThat(password.get("name").asString()).isEqualTo("password");
        assertThat(password.get("default_value").asString()).isEqualTo("666666");
        assertThat(password.get("only_with_form").asString()).isEqualTo("password");
    }

    @Test
    void anUnknownEntryIsNotFound() {
        Api.Response r = customer.user().get(PATH + "/nokia-3310");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void rendersTheCommandsForAReadOnlyUser() {
        Api.Response r = customer.readOnly()
                .post(
                        PATH + "/reachfar-rf-v6/apn-commands",
                        Map.of("apn", "em", "params", Map.of("phone_number", "+49173871878")));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode commands = r.json().get("commands");
        assertThat(commands.get(0).get("text").asString()).isEqualTo("123456,sos1,49173871878#");
        assertThat(commands.get(1).get("text").asString()).isEqualTo("apn,em,plmn,90143#");
        assertThat(commands.get(1).get("send_from").asString()).isEqualTo("49173871878");
        assertThat(commands.get(1).get("septets").asInt()).isEqualTo(18);
        assertThat(commands.get(1).get("fits_one_sms").asBoolean()).isTrue();
    }

    @Test
    void rendersAtCommandsForAModule() {
        Api.Response r = customer.user().post(PATH + "/u-blox/apn-commands", Map.of("apn", "em"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("configured_by").asString()).isEqualTo("AT_COMMAND");
        assertThat(r.json().get("commands").get(1).get("text").asString()).isEqualTo("AT+UCGDFLT=1,\"IP\",\"em\"");
        assertThat(r.json().get("commands").get(1).has("septets")).isFalse();
    }

    @Test
    void takesAListOfNetworksAsAJsonArray() {
        Api.Response r = customer.user()
                .post(
                        PATH + "/bitrek/apn-commands",
                        Map.of("apn", "em", "params", Map.of("networks", List.of("26201", 26202))));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("commands").get(0).get("text").asString())
                .isEqualTo("setparam 0242 em; setparam 0917 1; setparam 0020 26201; setparam 0021 26202");
    }

    @Test
    void refusesBadInputNamingEachField() {
        Api.Response r = customer.user()
                .post(PATH + "/coban/apn-commands", Map.of("apn", "bad_apn", "params", Map.of("pin", "1234")));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("apn", "params.pin");
    }

    @Test
    void refusesAParameterThatIsAnObject() {
        Api.Response r = customer.user()
                .post(PATH + "/coban/apn-commands", Map.of("apn", "em", "params", Map.of("password", Map.of())));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("params.password");
    }

    @Test
    void malformedJsonAndUnknownFieldsAreBadRequests() {
        Api.Response malformed = customer.user().postRaw(PATH + "/coban/apn-commands", "application/json", "{\"apn\":");
        Api.Response unknown = customer.user().post(PATH + "/coban/apn-commands", Map.of("apn", "em", "sim", "1"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("sim");
    }

    @Test
    void renderingAnUnknownEntryIsNotFound() {
        assertThat(customer.user()
                        .post(PATH + "/nokia-3310/apn-commands", Map.of("apn", "em"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theApiDocumentListsTheCatalogueAndTheCalculators() {
        JsonNode paths = anonymous().get("/api/v1/openapi.json").json().get("paths");

        assertThat(paths.has(PATH)).isTrue();
        assertThat(paths.get(PATH + "/{id}/apn-commands").has("post")).isTrue();
        assertThat(paths.get("/api/v1/tools/psm").has("post")).isTrue();
        assertThat(paths.get("/api/v1/tools/edrx").has("post")).isTrue();
    }

    @Test
    void needsASignedInCaller() {
        assertThat(anonymous().get(PATH).status()).isEqualTo(401);
        assertThat(anonymous()
                        .post(PATH + "/coban/apn-commands", Map.of("apn", "em"))
                        .status())
                .isEqualTo(401);
    }
}
