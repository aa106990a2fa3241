/**
 * The PSM and eDRX calculator: the GPRS timers of 3GPP TS 24.008 §10.5.7 that carry T3412 extended and T3324, the
 * eDRX cycle values of its Table 10.5.5.32, and the {@code AT+CPSMS} / {@code AT+CEDRXS} commands of TS 27.007 that
 * request them. Both directions: durations to the nearest expressible values, and bit strings or a module's answer back
 * to durations.
 */
package org.simfleet.app.device.power;
