package org.simfleet.app.device;

/**
 * One command of an APN configuration, in the order it must be sent or typed.
 *
 * @param step 1 for the first command
 * @param text exactly what to send or type, leading spaces included
 * @param purpose what the command does, for the person reading the list
 * @param sendFrom for an SMS that the device accepts only from a bound phone, that phone's number (E.164 digits); null
 *     when any sender will do
 * @param septets for an SMS, its length in GSM 7-bit septets (3GPP TS 23.038 §6.2.1); null for other channels
 * @param fitsOneSms for an SMS, whether it fits one message of 160 septets; null for other channels
 * @param lengthNote why an SMS does not fit one message and what that means; null when it fits
 */
public record RenderedCommand(
        int step,
        Channel channel,
        String text,
        String purpose,
        String sendFrom,
        Integer septets,
        Boolean fitsOneSms,
        String lengthNote) {}
