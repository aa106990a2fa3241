package org.simfleet.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendors' quirks beyond the seed's literal examples: passwords, forms, bound phones, defaults. */
class ApnCommandsQuirksTest {

    private static ApnConfiguration render(String model, Map<String, String> params) {
        return ApnConfigurations.render(model, "em", params);
    }

    private static String only(String model, Map<String, String> params) {
        ApnConfiguration c = render(model, params);
        assertThat(c.commands()).hasSize(1);
        return c.commands().get(0).text();
    }

    @Test
    void teltonikaKeepsTwoLeadingSpacesBecauseLoginAndPasswordAreEmpty() {
        String sms = only("teltonika-gps", Map.of());

        assertThat(sms).startsWith("  setparam").hasSize("  setparam 2001:em".length());
    }

    @Test
    void teltonikaPutsASetLoginAndPasswordBeforeTheCommand() {
        assertThat(only("teltonika-gps", Map.of("sms_login", "user", "sms_password", "pass")))
                .isEqualTo("user pass setparam 2001:em");
        assertThat(only("teltonika-gps", Map.of("sms_password", "pass"))).isEqualTo(" pass setparam 2001:em");
    }

    @Test
    void concoxSendsAGivenPasswordInThePasswordForm() {
        assertThat(only("concox", Map.of("form", "password", "password", "123123")))
                .isEqualTo("APN,123123,em#");
    }

    @Test
    void cobanSendsGprsOnFirstThenTheApnWithTheGivenPasswordAndNoSpaces() {
        ApnConfiguration c = render("coban", Map.of("password", "654321"));

        assertThat(c.commands()).extracting(RenderedCommand::text).containsExactly("gprs654321", "APN654321 em");
        assertThat(c.commands()).extracting(RenderedCommand::step).containsExactly(1, 2);
    }

    @Test
    void meitrackA21TakesTheSuperPasswordServerAndPort() {
        assertThat(only(
                        "meitrack",
                        Map.of(
                                "form",
                                "a21",
                                "super_password",
                                "112233",
                                "server",
                                "Track.Example.COM",
                                "port",
                                "5000")))
                .isEqualTo("112233,A21,1,track.example.com,5000,em,,");
    }

    @Test
    void meitrackA81TakesAChangedSmsPassword() {
        assertThat(only("meitrack", Map.of("sms_password", "4321"))).isEqualTo("4321,A81,em,,");
    }

    @Test
    void elinzPasswordFormTakesAChangedPassword() {
        assertThat(only("elinz", Map.of("form", "password", "password", "999999")))
                .isEqualTo("apn999999 em");
    }

    @Test
    void reachfarBindsThePhoneFirstAndSendsTheApnFromIt() {
        ApnConfiguration c = render("reachfar-rf-v6", Map.of("phone_number", "+49173871878"));

        assertThat(c.commands().get(0).text()).isEqualTo("123456,sos1,49173871878#");
        assertThat(c.commands().get(0).sendFrom()).isNull();
        assertThat(c.commands().get(1).sendFrom()).isEqualTo("49173871878");
        assertThat(c.notes()).anyMatch(n -> n.contains("Reboot"));
    }

    @Test
    void reachfarCentreFamilySendsTheApnFromTheBoundPhone() {
        ApnConfiguration c = render("reachfar-rf-v26", Map.of("phone_number", "4915112345678", "password", "111111"));

        assertThat(c.commands())
                .extracting(RenderedCommand::text)
                .containsExactly("pw,111111,center,4915112345678#", "apn,em#");
        assertThat(c.commands().get(1).sendFrom()).isEqualTo("4915112345678");
    }

    @Test
    void reachfarTakesTheHomeNetworkOfTheSim() {
        ApnConfiguration c = render("reachfar-rf-v6", Map.of("phone_number", "49173871878", "plmn", "262-01"));

        assertThat(c.commands().get(1).text()).isEqualTo("apn,em,plmn,26201#");
    }

    @Test
    void queclinkPasswordIsTheModelNameInLowerCase() {
        assertThat(only("queclink", Map.of("device_model", "GL300"))).isEqualTo("AT+GTBSI=gl300,em,,,,,,,0002$");
    }

    @Test
    void queclinkUsesAChangedPasswordInsteadOfTheModelName() {
        assertThat(only("queclink", Map.of("device_model", "gl200", "password", "Ab12")))
                .isEqualTo("AT+GTBSI=Ab12,em,,,,,,,0002$");
        assertThat(only("queclink", Map.of("password", "Ab12"))).isEqualTo("AT+GTBSI=Ab12,em,,,,,,,0002$");
    }

    @Test
    void apnIsWrittenInItsLowerCaseForm() {
        ApnConfiguration c = ApnConfigurations.render("teltonika-router", " IoT.Example ", Map.of());

        assertThat(c.apn()).isEqualTo("iot.example");
        assertThat(c.commands().get(0).text()).isEqualTo("cellular apn=iot.example");
    }

    @Test
    void atCommandsCarryNoSmsMeasures() {
        RenderedCommand at = render("quectel", Map.of()).commands().get(0);

        assertThat(at.channel()).isEqualTo(Channel.AT_COMMAND);
        assertThat(at.septets()).isNull();
        assertThat(at.fitsOneSms()).isNull();
    }

    @Test
    void smsAreMeasuredInSeptets() {
        RenderedCommand sms = render("coban", Map.of()).commands().get(1);

        assertThat(sms.septets()).isEqualTo("APN123456 em".length());
        assertThat(sms.fitsOneSms()).isTrue();
        assertThat(sms.lengthNote()).isNull();
    }

    @Test
    void anSmsLongerThanOneMessageSaysWhy() {
        String longApn = "abcdefghij.".repeat(8) + "abcdefghij"; // 98 characters
        String longServer = "s".repeat(60) + ".example.com";

        RenderedCommand sms = ApnConfigurations.render("meitrack", longApn, Map.of("form", "A21", "server", longServer))
                .commands()
                .get(0);

        assertThat(sms.septets()).isGreaterThan(160);
        assertThat(sms.fitsOneSms()).isFalse();
        assertThat(sms.lengthNote()).contains(sms.septets() + " septets").contains("160");
    }

    @Test
    void everySmsOfEveryEntryFitsOneMessageWithTheSeedsApn() {
        Map<String, Map<String, String>> required = Map.of(
                "reachfar-rf-v6", Map.of("phone_number", "49173871878"),
                "reachfar-rf-v26", Map.of("phone_number", "49173871878"),
                "queclink", Map.of("device_model", "gl200"));
        for (DeviceModel m : ApnConfigurations.models()) {
            ApnConfiguration c = ApnConfigurations.render(m.id(), "em", required.getOrDefault(m.id(), Map.of()));
            assertThat(c.commands()).as(m.id()).isNotEmpty();
            assertThat(c.commands())
                    .as(m.id())
                    .filteredOn(cmd -> cmd.channel() == Channel.SMS)
                    .allMatch(cmd ->
                            cmd.fitsOneSms() && cmd.septets() == cmd.text().length());
        }
    }
}
