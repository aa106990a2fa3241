package org.simfleet.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue holds every model family of the seed's "Getting the first device online", as the seed lists them. */
class CatalogueTest {

    private static DeviceModel model(String id) {
        return ApnConfigurations.model(id).orElseThrow();
    }

    @Test
    void holdsEveryVendorOfTheSeed() {
        assertThat(ApnConfigurations.models())
                .extracting(DeviceModel::id)
                .containsExactly(
                        "android",
                        "bitrek",
                        "cinterion-gemalto-thales",
                        "coban",
                        "concox",
                        "elinz",
                        "fibocom",
                        "ios",
                        "meitrack",
                        "queclink",
                        "quectel",
                        "reachfar-rf-v26",
                        "reachfar-rf-v6",
                        "ruptela",
                        "sequans",
                        "sierra-wireless",
                        "simcom",
                        "telit",
                        "teltonika-gps",
                        "teltonika-router",
                        "u-blox");
    }

    @Test
    void modulesAreConfiguredByAtCommandsAndTrackersBySms() {
        assertThat(ApnConfigurations.models()).allMatch(m -> switch (m.kind()) {
            case MODULE -> m.configuredBy() == Channel.AT_COMMAND;
            case GPS_TRACKER, ROUTER -> m.configuredBy() == Channel.SMS;
            case PHONE -> m.configuredBy() == Channel.MANUAL;
        });
    }

    @Test
    void listsTheModelsEachEntryAppliesTo() {
        assertThat(model("quectel").models())
                .containsExactly(
                        "BG95", "BG96", "EG25", "EG91", "EG95", "EC21", "EC25", "M65", "M66", "M95", "MC60", "BG77",
                        "BG600L");
        assertThat(model("teltonika-gps").models()).hasSize(17).contains("FMB120", "FMB010");
        assertThat(model("ruptela").models()).hasSize(12).contains("FM-Eco4 light/light+/3G");
        assertThat(model("concox").models()).hasSize(26).contains("GT06N", "AT1-AT6");
        assertThat(model("coban").models()).containsExactly("TK104", "GPS303X", "GPS103X", "GPS306X", "LK209");
        assertThat(model("meitrack").models()).hasSize(13).contains("T355G");
        assertThat(model("reachfar-rf-v6").models()).hasSize(7).contains("RF-V6+", "RF-V20");
        assertThat(model("reachfar-rf-v26").models())
                .hasSize(13)
                .doesNotHaveDuplicates()
                .contains("RF-V43");
        assertThat(model("teltonika-router").models()).hasSize(9).contains("RUTX09", "RUT360");
    }

    @Test
    void parametersShowTheirDefaults() {
        List<ModelParameter> meitrack = model("meitrack").parameters();

        assertThat(meitrack)
                .extracting(ModelParameter::name, ModelParameter::defaultValue, ModelParameter::onlyWithForm)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("form", "A81", null),
                        org.assertj.core.groups.Tuple.tuple("sms_password", "0000", "A81"),
                        org.assertj.core.groups.Tuple.tuple("super_password", "666888", "A21"),
                        org.assertj.core.groups.Tuple.tuple("server", "server.meigps.com", "A21"),
                        org.assertj.core.groups.Tuple.tuple("port", "8800", "A21"));
        assertThat(model("concox").parameters().get(1).defaultValue()).isEqualTo("666666");
        assertThat(model("coban").parameters().get(0).defaultValue()).isEqualTo("123456");
    }

    @Test
    void trackerNotesSayTheyShowAttachedUntilTheApnIsSet() {
        assertThat(ApnConfigurations.models())
                .filteredOn(m -> m.kind() == DeviceKind.GPS_TRACKER)
                .allMatch(m -> m.notes().contains(TrackerModels.ATTACHED_FIRST));
    }
}
