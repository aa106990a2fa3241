package org.simfleet.app.device.power;

import java.util.List;

/**
 * What the PSM calculator answers.
 *
 * @param t3412Ext the T3412 extended octet (GPRS Timer 3), as {@code AT+CPSMS} takes it; null when not given
 * @param t3324 the T3324 octet (GPRS Timer 2); null when not given
 * @param psmEnabled for a module's answer, whether its {@code <mode>} enables PSM; null otherwise
 * @param periodicRau for a module's answer that carries it, the GERAN/UTRAN T3312 extended value
 * @param gprsReadyTimer for a module's answer that carries it, the GERAN/UTRAN T3314 value
 * @param sleepSeconds T3412 extended minus T3324: how long the module sleeps, unreachable, in each period
 * @param atCommand the {@code AT+CPSMS} command that requests these values (3GPP TS 27.007 §7.38)
 */
public record PsmAnswer(
        String t3412Ext,
        String t3324,
        Boolean psmEnabled,
        TimerReading periodicTau,
        TimerReading activeTime,
        TimerReading periodicRau,
        TimerReading gprsReadyTimer,
        Long sleepSeconds,
        String atCommand,
        List<String> notes) {}
