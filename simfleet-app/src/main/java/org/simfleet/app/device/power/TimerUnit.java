package org.simfleet.app.device.power;

/**
 * One unit code of a GPRS timer coding.
 *
 * @param seconds what one step of the value is worth; 0 when the code means "deactivated"
 * @param reserved a code the coding does not define, read as multiples of 1 minute (3GPP TS 24.008 Table 10.5.172)
 */
record TimerUnit(int code, long seconds, String label, boolean deactivated, boolean reserved) {

    static TimerUnit of(int code, long seconds, String label) {
        return new TimerUnit(code, seconds, label, false, false);
    }

    static TimerUnit deactivated(int code) {
        return new TimerUnit(code, 0, "deactivated", true, false);
    }

    static TimerUnit reserved(int code) {
        return new TimerUnit(code, 60, "1 minute", false, true);
    }
}
