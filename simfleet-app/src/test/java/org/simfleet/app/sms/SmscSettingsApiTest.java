package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

class SmscSettingsApiTest extends ApiTest {

    @Test
    void showsSettingsWithLiveBindStateAndWithoutPassword() {
        Api operator = operator();
        TestSmsc.connect(operator);

        Api.Response r = operator.get("/api/v1/network/smsc");

        assertThat(r.json().get("bind_state").asString()).isEqualTo("BOUND");
        assertThat(r.json().get("system_id").asString()).isEqualTo(TestSmsc.SYSTEM_ID);
        assertThat(r.json().get("password_set").asBoolean()).isTrue();
        assertThat(r.body()).doesNotContain(TestSmsc.PASSWORD);
    }

    @Test
    void rejectsInvalidSettingsNamingEveryField() {
        Api.Response r = operator()
                .put(
                        "/api/v1/network/smsc",
                        Map.of("host", "", "port", 70000, "system_id", "x".repeat(16), "window", 0));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body())
                .contains("\"host\"")
                .contains("\"port\"")
                .contains("\"system_id\"")
                .contains("\"window\"");
    }

    @Test
    void refusesCustomers() {
        Customer c = Customer.create(this, operator(), unique("SmscCustomer"));

        assertThat(c.admin().get("/api/v1/network/smsc").status()).isEqualTo(403);
        assertThat(c.admin().put("/api/v1/network/smsc", TestSmsc.settings(1)).status())
                .isEqualTo(403);
    }
}
