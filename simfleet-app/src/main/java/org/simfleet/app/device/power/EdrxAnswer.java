package org.simfleet.app.device.power;

import java.util.List;

/**
 * One eDRX setting as the calculator answers it.
 *
 * @param actType the {@code <AcT-type>} of 3GPP TS 27.007 §7.40: 4 for LTE-M, 5 for NB-IoT, 0 when a module reports
 *     that the cell does not use eDRX
 * @param edrxValue the 4-bit eDRX value, bit 4 first, as {@code AT+CEDRXS} takes it
 * @param interpretedAs the value the mode reads {@code edrxValue} as, when the table's notes make it another one
 * @param cycleSeconds the cycle length; null when the mode reads the value as no eDRX
 * @param errorSeconds {@code cycleSeconds} minus the cycle asked for, when encoding
 * @param networkEdrxValue for {@code +CEDRXRDP}/{@code +CEDRXP}, the value the network provided
 * @param pagingTimeWindow for {@code +CEDRXRDP}/{@code +CEDRXP}, the 4-bit paging time window the network provided
 */
public record EdrxAnswer(
        String rat,
        int actType,
        String edrxValue,
        String interpretedAs,
        Double cycleSeconds,
        Double requestedCycleSeconds,
        Double errorSeconds,
        String networkEdrxValue,
        String networkInterpretedAs,
        Double networkCycleSeconds,
        String pagingTimeWindow,
        Double pagingTimeWindowSeconds,
        String atCommand,
        List<String> notes) {}
