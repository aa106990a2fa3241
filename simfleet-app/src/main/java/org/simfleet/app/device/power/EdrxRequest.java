package org.simfleet.app.device.power;

/**
 * The body of {@code POST /api/v1/tools/edrx}: a radio mode with the cycle wanted (to encode) or its 4-bit value (to
 * decode), or a module's {@code +CEDRXS:}, {@code +CEDRXRDP:} or {@code +CEDRXP:} answer, which names its mode itself.
 */
public record EdrxRequest(String rat, Double cycleSeconds, String edrxValue, String moduleResponse) {}
