package org.simfleet.app.device.power;

import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v1/tools/psm}. Each timer is given either as the duration wanted (to encode) or as its
 * octet (to decode); or the whole body is a module's {@code +CPSMS:} answer. Durations are read as decimals so that
 * 1.5 is refused as not a whole number of seconds instead of being cut to 1.
 */
public record PsmRequest(
        BigDecimal periodicTauSeconds,
        BigDecimal activeTimeSeconds,
        String t3412Ext,
        String t3324,
        String moduleResponse) {}
