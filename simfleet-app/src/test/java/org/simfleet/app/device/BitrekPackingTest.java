package org.simfleet.app.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simfleet.app.api.ApiException;

/** Bitrek's roaming commands go joined with "; " into as few SMS of 160 characters as they fit, in order. */
class BitrekPackingTest {

    private static List<RenderedCommand> render(String apn, List<String> networks) {
        return ApnConfigurations.render("bitrek", apn, Map.of("networks", String.join(",", networks)))
                .commands();
    }

    private static List<String> fiveDigitNetworks(int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(String.format("262%02d", i));
        }
        return codes;
    }

    @Test
    void sixCommandsOfExactly160CharactersStayInOneSms() {
        // "setparam 0242 em; setparam 0917 1" is 33 characters, each network adds 21 ("; setparam 0020 26200"),
        // or 22 with a 6-digit code: 33 + 5 × 21 + 22 = 160
        List<String> networks = new ArrayList<>(fiveDigitNetworks(5));
        networks.add("310410");

        List<RenderedCommand> sms = render("em", networks);

        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).text()).hasSize(160).endsWith("setparam 0025 310410");
        assertThat(sms.get(0).fitsOneSms()).isTrue();
    }

    @Test
    void oneCharacterMoreStartsASecondSms() {
        List<String> networks = new ArrayList<>(fiveDigitNetworks(4));
        networks.add("310410");
        networks.add("310260");

        List<RenderedCommand> sms = render("em", networks);

        assertThat(sms)
                .extracting(RenderedCommand::text)
                .containsExactly(
                        "setparam 0242 em; setparam 0917 1; setparam 0020 26200; setparam 0021 26201;"
                                + " setparam 0022 26202; setparam 0023 26203; setparam 0024 310410",
                        "setparam 0025 310260");
        assertThat(sms.get(0).purpose()).startsWith("SMS 1 of 2: Sets the APN (0242)");
        assertThat(sms.get(1).purpose()).isEqualTo("SMS 2 of 2: Lists 1 network (0025)");
    }

    @Test
    void eightyNetworksFillParameters0020To0099() {
        List<RenderedCommand> sms = render("em", fiveDigitNetworks(80));

        String all = sms.stream().map(RenderedCommand::text).collect(Collectors.joining("; "));
        assertThat(all).startsWith("setparam 0242 em; setparam 0917 1; setparam 0020 26200");
        assertThat(all).endsWith("setparam 0099 26279");
        assertThat(sms).allMatch(RenderedCommand::fitsOneSms);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2026L})
    void packingIsGreedyAndKeepsEveryCommandInOrder(long seed) {
        Random random = new Random(seed);
        List<String> networks = new ArrayList<>();
        while (networks.size() < 1 + random.nextInt(80)) {
            String code = random.nextBoolean()
                    ? String.format("%03d%02d", 200 + random.nextInt(700), random.nextInt(100))
                    : String.format("%03d%03d", 200 + random.nextInt(700), random.nextInt(1000));
            if (!networks.contains(code)) {
                networks.add(code);
            }
        }
        String apn = "a".repeat(1 + random.nextInt(60));

        List<RenderedCommand> sms = render(apn, networks);

        List<String> commands =
                sms.stream().flatMap(s -> Arrays.stream(s.text().split("; "))).toList();
        assertThat(commands).containsExactlyElementsOf(BitrekModel.commands(apn, networks));
        for (int i = 0; i < sms.size(); i++) {
            assertThat(sms.get(i).septets()).isLessThanOrEqualTo(160);
            if (i + 1 < sms.size()) {
                String next = sms.get(i + 1).text().split("; ")[0];
                assertThat(sms.get(i).text().length() + 2 + next.length())
                        .as("SMS %d could have taken the next command", i + 1)
                        .isGreaterThan(160);
            }
        }
    }

    @Test
    void refusesMoreThanEightyNetworks() {
        assertThatThrownBy(() -> render("em", fiveDigitNetworks(81)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("params.networks"));
    }

    @Test
    void refusesANetworkThatIsNotAnMccAndMnc() {
        assertThatThrownBy(() -> render("em", List.of("26201", "01")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.errors().get(0).reason())
                                .contains("'01'")
                                .contains("MCC and MNC"));
    }

    @Test
    void refusesANetworkNamedTwice() {
        assertThatThrownBy(() -> render("em", List.of("26201", "26201")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors().get(0).reason()).contains("26201 twice"));
    }
}
