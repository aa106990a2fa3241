package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the AAA read model asks a policy: may this device use this APN, this radio, this network. */
class PolicyRulesTest {

    private static ServicePolicy service(boolean data, Set<RatType> rats, List<String> apns) {
        Instant now = Instant.now();
        return new ServicePolicy(1, "p", data, true, true, rats, apns, List.of(), null, null, 600, now, now);
    }

    private static CoveragePolicy coverage(List<String> countries, List<String> blocked) {
        Instant now = Instant.now();
        return new CoveragePolicy(1, "c", countries, blocked, now, now);
    }

    @Test
    void apnMatchesWithoutRegardToCase() {
        assertThat(service(true, Set.of(RatType.LTE), List.of("iot.example")).allowsApn("IoT.Example"))
                .isTrue();
    }

    @Test
    void noApnIsAllowedWhileDataIsNot() {
        assertThat(service(false, Set.of(RatType.LTE), List.of("iot")).allowsApn("iot"))
                .isFalse();
    }

    @Test
    void onlyTheListedRadioTypesAreAllowed() {
        ServicePolicy p = service(true, Set.of(RatType.LTE_M, RatType.NB_IOT), List.of("iot"));

        assertThat(p.allows(RatType.NB_IOT)).isTrue();
        assertThat(p.allows(RatType.LTE)).isFalse();
    }

    @Test
    void radioTypesAreFoundByLabelIgnoringCase() {
        assertThat(RatType.byLabel("nb-iot")).contains(RatType.NB_IOT);
        assertThat(RatType.byLabel("6G")).isEmpty();
    }

    @Test
    void noCountriesMeansWorldwide() {
        assertThat(coverage(List.of(), List.of()).allowsNetwork("505", "01")).isTrue();
    }

    @Test
    void listedCountriesExcludeTheRest() {
        CoveragePolicy p = coverage(List.of("262", "208"), List.of());

        assertThat(p.allowsNetwork("208", "10")).isTrue();
        assertThat(p.allowsNetwork("310", "410")).isFalse();
    }

    @Test
    void blacklistedNetworkIsRefusedInAnAllowedCountry() {
        CoveragePolicy p = coverage(List.of("262"), List.of("262-07"));

        assertThat(p.allowsNetwork("262", "07")).isFalse();
        assertThat(p.allowsNetwork("262", "01")).isTrue();
    }

    @Test
    void mncLengthIsPartOfTheNetwork() {
        CoveragePolicy p = coverage(List.of(), List.of("310-410"));

        assertThat(p.allowsNetwork("310", "410")).isFalse();
        assertThat(p.allowsNetwork("310", "41")).isTrue();
    }
}
