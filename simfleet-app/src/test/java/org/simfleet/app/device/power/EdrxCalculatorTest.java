package org.simfleet.app.device.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simfleet.app.api.ApiException;

/** Requests to the eDRX calculator, module answers of +CEDRXS, +CEDRXRDP and +CEDRXP, and what it refuses. */
class EdrxCalculatorTest {

    private static EdrxReadings module(String response) {
        return (EdrxReadings) EdrxCalculator.answer(new EdrxRequest(null, null, null, response));
    }

    private static List<String> refusedFields(EdrxRequest r) {
        try {
            EdrxCalculator.answer(r);
        } catch (ApiException e) {
            return e.errors().stream().map(ApiException.FieldError::field).toList();
        }
        throw new AssertionError("answered " + r);
    }

    @Test
    void encodesTheSeedsLteMExample() {
        EdrxAnswer a = (EdrxAnswer) EdrxCalculator.answer(new EdrxRequest("LTE-M", 143.36, null, null));

        assertThat(a.edrxValue()).isEqualTo("1000");
        assertThat(a.actType()).isEqualTo(4);
        assertThat(a.atCommand()).isEqualTo("AT+CEDRXS=1,4,\"1000\"");
    }

    @Test
    void decodesAValueForNbIot() {
        EdrxAnswer a = (EdrxAnswer) EdrxCalculator.answer(new EdrxRequest("nb-iot", null, "1001", null));

        assertThat(a.rat()).isEqualTo("NB-IoT");
        assertThat(a.cycleSeconds()).isEqualTo(163.84);
        assertThat(a.atCommand()).isEqualTo("AT+CEDRXS=1,5,\"1001\"");
    }

    @Test
    void readsOneSettingPerRadioMode() {
        EdrxReadings r = module("AT+CEDRXS?\r\n+CEDRXS: 4,\"0101\"\r\n+CEDRXS: 5,\"1001\"\r\nOK");

        assertThat(r.settings()).extracting(EdrxAnswer::rat).containsExactly("LTE-M", "NB-IoT");
        assertThat(r.settings()).extracting(EdrxAnswer::cycleSeconds).containsExactly(81.92, 163.84);
    }

    @Test
    void readsTheNetworksValueAndPagingTimeWindow() {
        EdrxAnswer a =
                module("+CEDRXRDP: 5,\"0010\",\"1001\",\"0011\"").settings().get(0);

        assertThat(a.cycleSeconds()).isEqualTo(20.48);
        assertThat(a.networkEdrxValue()).isEqualTo("1001");
        assertThat(a.networkCycleSeconds()).isEqualTo(163.84);
        assertThat(a.pagingTimeWindow()).isEqualTo("0011");
        assertThat(a.pagingTimeWindowSeconds()).isEqualTo(10.24);
    }

    @Test
    void readsTheSeedsFourFieldAnswer() {
        EdrxAnswer a =
                module("+CEDRXS: [4,\"1000\",\"1000\",\"0111\"]").settings().get(0);

        assertThat(a.cycleSeconds()).isEqualTo(143.36);
        assertThat(a.networkCycleSeconds()).isEqualTo(143.36);
        assertThat(a.pagingTimeWindowSeconds()).isEqualTo(10.24);
    }

    @Test
    void readsACellThatDoesNotUseEdrx() {
        EdrxAnswer a = module("+CEDRXP: 0").settings().get(0);

        assertThat(a.actType()).isZero();
        assertThat(a.rat()).isNull();
        assertThat(a.notes()).anyMatch(n -> n.contains("not using eDRX"));
    }

    @Test
    void saysWhenTheNetworkSentAValueTheModeReadsAsAnother() {
        EdrxAnswer a =
                module("+CEDRXP: 5,\"1001\",\"0100\",\"0001\"").settings().get(0);

        assertThat(a.networkInterpretedAs()).isEqualTo("0010");
        assertThat(a.networkCycleSeconds()).isEqualTo(20.48);
        assertThat(a.notes()).anyMatch(n -> n.startsWith("network value: 0100 applies only in WB-S1 mode"));
    }

    @Test
    void refusesAnAccessTechnologyThatIsNotEUtran() {
        assertThat(refusedFields(new EdrxRequest(null, null, null, "+CEDRXS: 2,\"0101\"")))
                .containsExactly("module_response");
    }

    @Test
    void refusesARequestWithoutRat() {
        assertThat(refusedFields(new EdrxRequest(null, 81.92, null, null))).containsExactly("rat");
    }

    @Test
    void refusesAnUnknownRat() {
        assertThat(refusedFields(new EdrxRequest("5G", 81.92, null, null))).containsExactly("rat");
    }

    @Test
    void refusesACycleAndAValueTogether() {
        assertThat(refusedFields(new EdrxRequest("LTE-M", 81.92, "0101", null))).containsExactly("edrx_value");
    }

    @Test
    void refusesACycleOutOfRange() {
        assertThat(refusedFields(new EdrxRequest("LTE-M", 5000.0, null, null))).containsExactly("cycle_seconds");
    }

    @Test
    void refusesAModuleAnswerWithOtherFields() {
        assertThat(refusedFields(new EdrxRequest("LTE-M", null, null, "+CEDRXS: 4,\"0101\"")))
                .containsExactly("rat");
    }
}
