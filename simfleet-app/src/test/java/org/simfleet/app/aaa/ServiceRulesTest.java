package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simfleet.app.policy.RatType;
import org.simfleet.app.policy.ServicePolicy;

class ServiceRulesTest {

    private static ServiceRules rules(List<String> apns, EnumSet<RatType> rats) {
        return ServiceRules.of(new ServicePolicy(
                1, "Trackers", true, true, true, rats, apns, List.of("192.0.2.53"), null, null, 600, null, null));
    }

    @ParameterizedTest
    @CsvSource({
        "em, true",
        "EM, true",
        "' em ', true",
        "iot.fleet, true",
        "IoT.Fleet.mnc001.mcc262.gprs, true",
        "em.mnc01.mcc262.gprs, false",
        "e, false",
        "emx, false",
        "iot, false"
    })
    void matchesApnsAsThePolicyDoes(String apn, boolean allowed) {
        ServiceRules rules = rules(List.of("em", "iot.fleet"), EnumSet.allOf(RatType.class));

        assertThat(rules.allowsApn(apn)).isEqualTo(allowed);
    }

    @Test
    void agreesWithServicePolicyOnNetworkIdentifiers() {
        ServicePolicy policy = new ServicePolicy(
                1,
                "P",
                true,
                true,
                true,
                EnumSet.allOf(RatType.class),
                List.of("em", "iot.fleet", "a-b.c"),
                List.of(),
                null,
                null,
                600,
                null,
                null);
        ServiceRules rules = ServiceRules.of(policy);
        for (String apn : List.of("em", "EM", " iot.fleet", "A-B.C", "iot", "fleet", "a-b", "em.", "xem")) {
            assertThat(rules.allowsApn(apn)).as(apn).isEqualTo(policy.allowsApn(apn));
        }
    }

    @ParameterizedTest
    @CsvSource({"1, UMTS", "2, GSM", "5, UMTS", "6, LTE", "8, NB_IOT", "9, LTE_M", "10, NR"})
    void mapsTheGatewaysRadioTypeOntoThePolicys(int code, RatType type) {
        assertThat(rules(List.of("em"), EnumSet.of(type)).allowsRadio(code)).isTrue();
        assertThat(rules(List.of("em"), EnumSet.complementOf(EnumSet.of(type))).allowsRadio(code))
                .isFalse();
    }

    @Test
    void radioTypesPoliciesCannotNameAreNeverAllowed() {
        ServiceRules rules = rules(List.of("em"), EnumSet.allOf(RatType.class));

        assertThat(rules.allowsRadio(3)).isFalse(); // WLAN
        assertThat(rules.radioRejected(3).message()).isEqualTo("radio type WLAN not allowed by policy Trackers");
    }
}
