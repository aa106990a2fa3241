package org.simfleet.app.device.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/tools/psm} and {@code /edrx} over HTTP, for any signed-in role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PowerSavingApiTest extends ApiTest {

    private static final String PSM = "/api/v1/tools/psm";
    private static final String EDRX = "/api/v1/tools/edrx";

    private Api readOnly;

    @BeforeAll
    void organisation() {
        readOnly = Customer.create(this, operator(), unique("PowerSaving")).readOnly();
    }

    private static String firstErrorField(Api.Response r) {
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void encodesPsmDurations() {
        Api.Response r = readOnly.post(PSM, Map.of("periodic_tau_seconds", 500_000, "active_time_seconds", 10));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.get("t3412_ext").asString()).isEqualTo("01001110");
        assertThat(a.get("t3324").asString()).isEqualTo("00000101");
        assertThat(a.get("periodic_tau").get("seconds").asLong()).isEqualTo(504_000);
        assertThat(a.get("periodic_tau").get("error_seconds").asLong()).isEqualTo(4_000);
        assertThat(a.get("periodic_tau").get("unit").asString()).isEqualTo("10 hours");
        assertThat(a.get("active_time").get("error_seconds").asLong()).isZero();
        assertThat(a.get("at_command").asString()).isEqualTo("AT+CPSMS=1,,,\"01001110\",\"00000101\"");
    }

    @Test
    void decodesPsmOctets() {
        Api.Response r = readOnly.post(PSM, Map.of("t3412_ext", "01001110", "t3324", "00000101"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("periodic_tau").get("duration").asString()).isEqualTo("140 h");
        assertThat(r.json().get("active_time").get("seconds").asLong()).isEqualTo(10);
        assertThat(r.json().get("sleep_seconds").asLong()).isEqualTo(503_990);
    }

    @Test
    void readsAModulesPsmAnswer() {
        Api.Response r = readOnly.post(PSM, Map.of("module_response", "+CPSMS: 1,,,\"01001110\",\"00000101\""));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("psm_enabled").asBoolean()).isTrue();
        assertThat(r.json().get("t3412_ext").asString()).isEqualTo("01001110");
    }

    @Test
    void refusesAPeriodBeyondTheLargestValueNamingTheField() {
        Api.Response r = readOnly.post(PSM, Map.of("periodic_tau_seconds", 40_000_000));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(firstErrorField(r)).isEqualTo("periodic_tau_seconds");
    }

    @Test
    void refusesAFractionOfASecond() {
        Api.Response r = readOnly.post(PSM, Map.of("active_time_seconds", 1.5));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("reason").asString()).contains("whole number");
    }

    @Test
    void refusesAnOctetThatIsNotEightBits() {
        Api.Response r = readOnly.post(PSM, Map.of("t3324", "101"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(firstErrorField(r)).isEqualTo("t3324");
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAreBadRequests() {
        Api.Response malformed = readOnly.postRaw(PSM, "application/json", "{\"t3324\": ");
        Api.Response wrongType = readOnly.post(PSM, Map.of("active_time_seconds", Map.of()));
        Api.Response unknown = readOnly.post(PSM, Map.of("t3412", "01001110"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(firstErrorField(wrongType)).isEqualTo("active_time_seconds");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(firstErrorField(unknown)).isEqualTo("t3412");
    }

    @Test
    void encodesAnEdrxCycle() {
        Api.Response r = readOnly.post(EDRX, Map.of("rat", "LTE-M", "cycle_seconds", 80));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("edrx_value").asString()).isEqualTo("0101");
        assertThat(r.json().get("cycle_seconds").asDouble()).isEqualTo(81.92);
        assertThat(r.json().get("error_seconds").asDouble()).isEqualTo(1.92);
        assertThat(r.json().get("at_command").asString()).isEqualTo("AT+CEDRXS=1,4,\"0101\"");
    }

    @Test
    void decodesAnEdrxValueTheModeReadsAsAnother() {
        Api.Response r = readOnly.post(EDRX, Map.of("rat", "NB-IoT", "edrx_value", "0100"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("interpreted_as").asString()).isEqualTo("0010");
        assertThat(r.json().get("cycle_seconds").asDouble()).isEqualTo(20.48);
        assertThat(r.json().get("notes").get(0).asString()).contains("WB-S1");
    }

    @Test
    void readsAModulesEdrxAnswer() {
        Api.Response r = readOnly.post(EDRX, Map.of("module_response", "+CEDRXRDP: 4,\"1000\",\"1001\",\"0111\""));

        assertThat(r.status()).isEqualTo(200);
        JsonNode setting = r.json().get("settings").get(0);
        assertThat(setting.get("rat").asString()).isEqualTo("LTE-M");
        assertThat(setting.get("network_cycle_seconds").asDouble()).isEqualTo(163.84);
        assertThat(setting.get("paging_time_window_seconds").asDouble()).isEqualTo(10.24);
    }

    @Test
    void refusesAnUnknownRatAndACycleOutOfRange() {
        Api.Response rat = readOnly.post(EDRX, Map.of("rat", "LTE-Z", "cycle_seconds", 80));
        Api.Response range = readOnly.post(EDRX, Map.of("rat", "NB-IoT", "cycle_seconds", 10));

        assertThat(rat.status()).isEqualTo(422);
        assertThat(firstErrorField(rat)).isEqualTo("rat");
        assertThat(range.status()).isEqualTo(422);
        assertThat(firstErrorField(range)).isEqualTo("cycle_seconds");
        assertThat(range.json().get("errors").get(0).get("reason").asString()).contains("20.48 s to 10485.76 s");
    }

    @Test
    void needsASignedInCaller() {
        assertThat(anonymous().post(PSM, Map.of("t3324", "00000101")).status()).isEqualTo(401);
        assertThat(anonymous()
                        .post(EDRX, Map.of("rat", "LTE-M", "edrx_value", "0101"))
                        .status())
                .isEqualTo(401);
    }
}
