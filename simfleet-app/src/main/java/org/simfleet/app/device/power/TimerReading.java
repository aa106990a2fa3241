package org.simfleet.app.device.power;

/**
 * One PSM timer as the calculator answers it: the octet, what it means, and for a requested duration how far the
 * nearest expressible value is from it.
 *
 * @param bits the octet as 8 characters '0'/'1', bit 8 first, as +CPSMS writes it
 * @param seconds what the octet means; null when the timer is deactivated
 * @param duration the same in words, e.g. "140 h" or "deactivated"
 * @param requestedSeconds the duration asked for, when encoding
 * @param errorSeconds {@code seconds - requestedSeconds}: positive when the timer runs longer than asked
 * @param note what else to know, e.g. that a reserved unit code is read as minutes
 */
public record TimerReading(
        String timer,
        String coding,
        String bits,
        String unit,
        int value,
        Long seconds,
        String duration,
        boolean deactivated,
        Long requestedSeconds,
        Long errorSeconds,
        String note) {}
