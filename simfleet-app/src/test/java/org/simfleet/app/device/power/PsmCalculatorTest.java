package org.simfleet.app.device.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simfleet.app.api.ApiException;

/** Requests to the PSM calculator: durations, octets, a module's +CPSMS: answer, and what each refuses. */
class PsmCalculatorTest {

    private static PsmAnswer ask(Long tau, Long active, String tauBits, String activeBits) {
        return PsmCalculator.answer(new PsmRequest(decimal(tau), decimal(active), tauBits, activeBits, null));
    }

    private static BigDecimal decimal(Long seconds) {
        return seconds == null ? null : BigDecimal.valueOf(seconds);
    }

    private static PsmAnswer module(String response) {
        return PsmCalculator.answer(new PsmRequest(null, null, null, null, response));
    }

    private static List<String> refusedFields(PsmRequest r) {
        try {
            PsmCalculator.answer(r);
        } catch (ApiException e) {
            return e.errors().stream().map(ApiException.FieldError::field).toList();
        }
        throw new AssertionError("answered " + r);
    }

    @Test
    void encodesTheSeedsExample() {
        PsmAnswer a = ask(504_000L, 10L, null, null);

        assertThat(a.t3412Ext()).isEqualTo("01001110");
        assertThat(a.t3324()).isEqualTo("00000101");
        assertThat(a.atCommand()).isEqualTo("AT+CPSMS=1,,,\"01001110\",\"00000101\"");
        assertThat(a.sleepSeconds()).isEqualTo(503_990L);
        assertThat(a.periodicTau().duration()).isEqualTo("140 h");
        assertThat(a.psmEnabled()).isNull();
    }

    @Test
    void decodesOctets() {
        PsmAnswer a = ask(null, null, "01001110", "00000101");

        assertThat(a.periodicTau().seconds()).isEqualTo(504_000L);
        assertThat(a.activeTime().seconds()).isEqualTo(10L);
        assertThat(a.periodicTau().errorSeconds()).isNull();
    }

    @Test
    void encodesOneTimerAndDecodesTheOther() {
        PsmAnswer a = ask(3_600L, null, null, "00100010");

        // one hour is 6 × 10 min as well as 1 × 1 h: the finer unit is the answer
        assertThat(a.t3412Ext()).isEqualTo("00000110");
        assertThat(a.activeTime().seconds()).isEqualTo(120L);
        assertThat(a.sleepSeconds()).isEqualTo(3_480L);
    }

    @Test
    void leavesATimerThatIsNotGivenOutOfTheCommand() {
        assertThat(ask(504_000L, null, null, null).atCommand()).isEqualTo("AT+CPSMS=1,,,\"01001110\"");
        assertThat(ask(null, 10L, null, null).atCommand()).isEqualTo("AT+CPSMS=1,,,,\"00000101\"");
    }

    @Test
    void saysTheModuleNeverSleepsWhenTheActiveTimeIsNotShorter() {
        PsmAnswer a = ask(600L, 720L, null, null);

        assertThat(a.sleepSeconds()).isNull();
        assertThat(a.notes()).anyMatch(n -> n.contains("never enters PSM"));
    }

    @Test
    void readsAModuleAnswerWithItsEchoAndOk() {
        PsmAnswer a = module("AT+CPSMS?\r\n+CPSMS: 1,,,\"01001110\",\"00000101\"\r\n\r\nOK\r\n");

        assertThat(a.psmEnabled()).isTrue();
        assertThat(a.periodicTau().seconds()).isEqualTo(504_000L);
        assertThat(a.activeTime().seconds()).isEqualTo(10L);
        assertThat(a.periodicRau()).isNull();
    }

    @Test
    void readsUnquotedTimersAsTheSeedWritesThem() {
        assertThat(module("+CPSMS: 1,,,01001110,00000101").t3324()).isEqualTo("00000101");
    }

    @Test
    void readsTheGeranAndUtranTimersWhenTheModuleReportsThem() {
        // the examples of TS 27.007 §7.38: "01000111" is 70 hours, "01000011" 3 decihours
        PsmAnswer a = module("+CPSMS: 1,\"01000111\",\"01000011\",\"01001110\",\"00000101\"");

        assertThat(a.periodicRau().seconds()).isEqualTo(252_000L);
        assertThat(a.gprsReadyTimer().seconds()).isEqualTo(1_080L);
    }

    @Test
    void readsAModuleWithPsmOff() {
        PsmAnswer a = module("+CPSMS: 0");

        assertThat(a.psmEnabled()).isFalse();
        assertThat(a.periodicTau()).isNull();
        assertThat(a.notes()).anyMatch(n -> n.contains("PSM is off"));
    }

    @Test
    void readsADeactivatedActiveTime() {
        PsmAnswer a = module("+CPSMS: 1,,,\"01001110\",\"11100000\"");

        assertThat(a.activeTime().deactivated()).isTrue();
        assertThat(a.sleepSeconds()).isNull();
        assertThat(a.notes()).anyMatch(n -> n.contains("T3324 is deactivated"));
    }

    @Test
    void readsADeactivatedPeriodicTau() {
        PsmAnswer a = ask(null, null, "11100000", null);

        assertThat(a.periodicTau().deactivated()).isTrue();
        assertThat(a.notes()).anyMatch(n -> n.contains("no periodic tracking area update"));
    }

    @Test
    void refusesAModuleAnswerWithoutACpsmsLine() {
        assertThat(refusedFields(new PsmRequest(null, null, null, null, "OK"))).containsExactly("module_response");
    }

    @Test
    void refusesAModuleAnswerWithABadTimer() {
        assertThat(refusedFields(new PsmRequest(null, null, null, null, "+CPSMS: 1,,,\"0100111\",")))
                .containsExactly("module_response");
    }

    @Test
    void refusesAModuleAnswerWithAnUndefinedMode() {
        assertThat(refusedFields(new PsmRequest(null, null, null, null, "+CPSMS: 7,,,,")))
                .containsExactly("module_response");
    }

    @Test
    void refusesAModuleAnswerWithOtherFields() {
        assertThat(refusedFields(new PsmRequest(BigDecimal.TEN, null, null, null, "+CPSMS: 0")))
                .containsExactly("periodic_tau_seconds");
    }

    @Test
    void refusesADurationAndAnOctetForTheSameTimer() {
        assertThat(refusedFields(new PsmRequest(null, BigDecimal.TEN, null, "00000101", null)))
                .containsExactly("t3324");
    }

    @Test
    void refusesAnEmptyRequest() {
        assertThat(refusedFields(new PsmRequest(null, null, null, null, null))).containsExactly("body");
    }

    @Test
    void refusesAFractionOfASecondRatherThanCuttingItOff() {
        assertThat(refusedFields(new PsmRequest(new BigDecimal("1.5"), null, null, null, null)))
                .containsExactly("periodic_tau_seconds");
        assertThat(PsmCalculator.answer(new PsmRequest(new BigDecimal("600.0"), null, null, null, null))
                        .t3412Ext())
                .isEqualTo("10010100");
    }

    @Test
    void answersEveryWrongFieldAtOnce() {
        assertThat(refusedFields(new PsmRequest(BigDecimal.valueOf(-1), null, null, "2", null)))
                .containsExactly("periodic_tau_seconds", "t3324");
    }
}
