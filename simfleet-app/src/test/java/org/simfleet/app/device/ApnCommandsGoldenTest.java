package org.simfleet.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogue entry renders exactly the syntax the seed (emnify "Getting the first device online") gives, with the
 * seed's APN "em" and the seed's defaults; the expected strings are copied from the seed by hand.
 */
class ApnCommandsGoldenTest {

    private static List<String> texts(String model, Map<String, String> params) {
        return ApnConfigurations.render(model, "em", params).commands().stream()
                .map(RenderedCommand::text)
                .toList();
    }

    static Stream<Arguments> seedExamples() {
        return Stream.of(
                Arguments.of(
                        "quectel",
                        Map.of(),
                        List.of(
                                "AT+CGDCONT=1,\"IP\",\"em\",,",
                                "AT+QICSGP=1,1,\"em\",\"\",\"\",1",
                                "AT+QCFG=\"roamservice\",2,1")),
                Arguments.of(
                        "u-blox",
                        Map.of(),
                        List.of("AT+CGDCONT=1,\"IP\",\"em\",,", "AT+UCGDFLT=1,\"IP\",\"em\"", "AT+UDCONF=20,2")),
                Arguments.of("fibocom", Map.of(), List.of("AT+CGDCONT=1,\"IP\",\"em\",,")),
                Arguments.of("telit", Map.of(), List.of("AT+CGDCONT=1,\"IP\",\"em\",,")),
                Arguments.of("sierra-wireless", Map.of(), List.of("AT+CGDCONT=1,\"IP\",\"em\",,")),
                Arguments.of("simcom", Map.of(), List.of("AT+CGDCONT=1,\"IP\",\"em\",,")),
                Arguments.of("cinterion-gemalto-thales", Map.of(), List.of("AT+CGDCONT=1,\"IP\",\"em\",,")),
                Arguments.of("sequans", Map.of(), List.of("AT+CGDCONT=1,\"IP\",\"em\",,")),
                Arguments.of("teltonika-gps", Map.of(), List.of("  setparam 2001:em")),
                Arguments.of("ruptela", Map.of(), List.of("setconnection em")),
                Arguments.of("ruptela", Map.of("sms_password", "1234"), List.of("1234 setconnection em")),
                Arguments.of("concox", Map.of(), List.of("APN em#")),
                Arguments.of("concox", Map.of("form", "password"), List.of("APN,666666,em#")),
                Arguments.of("coban", Map.of(), List.of("gprs123456", "APN123456 em")),
                Arguments.of("meitrack", Map.of(), List.of("0000,A81,em,,")),
                Arguments.of("meitrack", Map.of("form", "A21"), List.of("666888,A21,1,server.meigps.com,8800,em,,")),
                Arguments.of("elinz", Map.of(), List.of("APN,em#")),
                Arguments.of("elinz", Map.of("form", "password"), List.of("apn123456 em")),
                Arguments.of(
                        "reachfar-rf-v6",
                        Map.of("phone_number", "49173871878"),
                        List.of("123456,sos1,49173871878#", "apn,em,plmn,90143#")),
                Arguments.of(
                        "reachfar-rf-v26",
                        Map.of("phone_number", "49173871878"),
                        List.of("pw,123456,center,49173871878#", "apn,em#")),
                Arguments.of("queclink", Map.of("device_model", "gl200"), List.of("AT+GTBSI=gl200,em,,,,,,,0002$")),
                Arguments.of("bitrek", Map.of(), List.of("setparam 0242 em")),
                Arguments.of(
                        "bitrek",
                        Map.of("networks", "26201,26202"),
                        List.of("setparam 0242 em; setparam 0917 1; setparam 0020 26201; setparam 0021 26202")),
                Arguments.of("teltonika-router", Map.of(), List.of("cellular apn=em")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedExamples")
    void rendersTheSeedsSyntaxExactly(String model, Map<String, String> params, List<String> expected) {
        assertThat(texts(model, params)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyCatalogueEntryHasAGoldenExample() {
        List<String> covered =
                seedExamples().map(a -> (String) a.get()[0]).distinct().toList();
        List<String> manual = List.of("android", "ios");

        assertThat(ApnConfigurations.models().stream().map(DeviceModel::id))
                .allMatch(id -> covered.contains(id) || manual.contains(id));
    }

    @Test
    void phonesAreManualStepsWithTheApnFilledIn() {
        ApnConfiguration android = ApnConfigurations.render("android", "em", Map.of());
        ApnConfiguration ios = ApnConfigurations.render("ios", "em", Map.of());

        assertThat(android.commands()).hasSize(4).allMatch(c -> c.channel() == Channel.MANUAL);
        assertThat(android.commands().get(3).text())
                .isEqualTo("Create a new APN with any name and set its APN to \"em\".");
        assertThat(ios.commands()).hasSize(4);
        assertThat(ios.commands().get(3).text()).isEqualTo("Set APN to \"em\" and leave everything else blank.");
    }
}
