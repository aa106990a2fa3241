package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simfleet.app.policy.CoveragePolicy;

/** The compiled coverage check decides exactly as the policy itself does. */
class CoverageRulesTest {

    private static CoveragePolicy policy(List<String> countries, List<String> blocked) {
        return new CoveragePolicy(1, "Test", countries, blocked, null, null);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99})
    void agreesWithCoveragePolicyOnRandomNetworks(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = 0; p < 50; p++) {
            List<String> countries = new ArrayList<>();
            List<String> blocked = new ArrayList<>();
            int nCountries = random.nextInt(4); // 0 = worldwide
            for (int i = 0; i < nCountries; i++) {
                countries.add(mcc(random));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                blocked.add(mcc(random) + "-" + mnc(random));
            }
            CoveragePolicy policy = policy(countries, blocked);
            CoverageRules rules = CoverageRules.of(policy);
            for (int n = 0; n < 200; n++) {
                String mcc = n % 2 == 0 && !countries.isEmpty()
                        ? countries.get(random.nextInt(countries.size()))
                        : mcc(random);
                String mnc = n % 5 == 0 && !blocked.isEmpty()
                        ? blocked.get(random.nextInt(blocked.size())).substring(4)
                        : mnc(random);
                if (n % 5 == 0 && !blocked.isEmpty()) {
                    mcc = blocked.get(random.nextInt(blocked.size())).substring(0, 3);
                }
                assertThat(rules.check(mcc + mnc) == CoverageRules.ALLOWED)
                        .as("%s-%s against %s / %s", mcc, mnc, countries, blocked)
                        .isEqualTo(policy.allowsNetwork(mcc, mnc));
            }
        }
    }

    @Test
    void twoAndThreeDigitMncsAreDifferentNetworks() {
        CoverageRules rules = CoverageRules.of(policy(List.of(), List.of("262-01")));

        assertThat(rules.check("26201")).isEqualTo(CoverageRules.OPERATOR);
        assertThat(rules.check("262001")).isEqualTo(CoverageRules.ALLOWED);
    }

    @Test
    void countryOutsideTheListIsNotCovered() {
        assertThat(CoverageRules.of(policy(List.of("262"), List.of())).check("20801"))
                .isEqualTo(CoverageRules.COUNTRY);
    }

    @Test
    void unknownServingNetworkIsAllowedOnlyWorldwide() {
        assertThat(CoverageRules.of(policy(List.of(), List.of("262-01"))).check(null))
                .isEqualTo(CoverageRules.ALLOWED);
        assertThat(CoverageRules.of(policy(List.of("262"), List.of())).check(null))
                .isEqualTo(CoverageRules.COUNTRY);
    }

    private static String mcc(SplittableRandom random) {
        return "%03d".formatted(200 + random.nextInt(20));
    }

    private static String mnc(SplittableRandom random) {
        return random.nextBoolean() ? "%02d".formatted(random.nextInt(5)) : "%03d".formatted(random.nextInt(5));
    }
}
