package org.simfleet.app.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simfleet.app.api.ApiException;
import org.springframework.http.HttpStatus;

/** Bad input is refused naming the field, all errors at once, before anything is rendered. */
class ApnCommandsValidationTest {

    private static ApiException refused(String model, String apn, Map<String, String> params) {
        try {
            ApnConfigurations.render(model, apn, params);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("rendered " + model + " with " + params);
    }

    private static List<String> fields(ApiException e) {
        return e.errors().stream().map(ApiException.FieldError::field).toList();
    }

    @Test
    void unknownModelIsNotFound() {
        assertThatThrownBy(() -> ApnConfigurations.render("nokia-3310", "em", Map.of()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesAnApnThat3gppForbids() {
        ApiException e = refused("coban", "bad_apn", Map.of());

        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fields(e)).containsExactly("apn");
    }

    @Test
    void requiresAnApn() {
        assertThat(fields(refused("coban", null, Map.of()))).containsExactly("apn");
    }

    @Test
    void refusesAParameterTheModelDoesNotTake() {
        ApiException e = refused("coban", "em", Map.of("pasword", "123456"));

        assertThat(fields(e)).containsExactly("params.pasword");
        assertThat(e.errors().get(0).reason()).contains("it takes password");
    }

    @Test
    void refusesAParameterOfAnotherForm() {
        ApiException e = refused("concox", "em", Map.of("password", "666666"));

        assertThat(fields(e)).containsExactly("params.password");
        assertThat(e.errors().get(0).reason()).contains("only with form password");
    }

    @Test
    void refusesAnUnknownForm() {
        ApiException e = refused("meitrack", "em", Map.of("form", "A99", "sms_password", "0000"));

        assertThat(fields(e)).containsExactly("params.form");
        assertThat(e.errors().get(0).reason()).contains("[A81, A21]");
    }

    @Test
    void requiresTheBoundPhoneNumber() {
        assertThat(fields(refused("reachfar-rf-v6", "em", Map.of()))).containsExactly("params.phone_number");
    }

    @ParameterizedTest
    @CsvSource({
        "coban, password, 12 34",
        "concox, password, '66,66'",
        "reachfar-rf-v26, password, 12#4",
        "ruptela, sms_password, 'abc;def'",
        "teltonika-gps, sms_login, ''",
        "reachfar-rf-v6, plmn, 9014",
        "meitrack, port, 70000",
        "meitrack, server, 'bad,host'",
        "reachfar-rf-v6, phone_number, 0049173871878",
        "queclink, password, abc"
    })
    void refusesAValueThatWouldBreakTheCommand(String model, String param, String value) {
        Map<String, String> params = new HashMap<>(Map.of(param, value));
        if (model.equals("concox")) {
            params.put("form", "password");
        }
        if (model.equals("meitrack")) {
            params.put("form", "A21");
        }
        if (model.startsWith("reachfar") && !param.equals("phone_number")) {
            params.put("phone_number", "49173871878");
        }

        assertThat(fields(refused(model, "em", params))).containsExactly("params." + param);
    }

    @Test
    void answersEveryErrorAtOnce() {
        ApiException e = refused("reachfar-rf-v6", "-em", Map.of("password", "1 2", "colour", "red"));

        assertThat(fields(e))
                .containsExactlyInAnyOrder("apn", "params.colour", "params.password", "params.phone_number");
    }

    @Test
    void queclinkNeedsTheModelOrThePassword() {
        ApiException e = refused("queclink", "em", Map.of());

        assertThat(fields(e)).containsExactly("params.device_model");
        assertThat(e.errors().get(0).reason()).contains("gl200");
    }

    @Test
    void queclinkTakesAnApnOfAtMostFortyCharacters() {
        assertThat(fields(refused("queclink", "a".repeat(41), Map.of("device_model", "gl200"))))
                .containsExactly("apn");
        assertThat(ApnConfigurations.render("queclink", "a".repeat(40), Map.of("device_model", "gl200"))
                        .commands())
                .hasSize(1);
    }

    @Test
    void nullParameterValuesTakeTheirDefaults() {
        Map<String, String> params = new HashMap<>();
        params.put("password", null);

        assertThat(ApnConfigurations.render("coban", "em", params)
                        .commands()
                        .get(0)
                        .text())
                .isEqualTo("gprs123456");
    }
}
