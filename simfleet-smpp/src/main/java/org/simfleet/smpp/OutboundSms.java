package org.simfleet.smpp;

import java.time.Instant;
import java.util.Objects;

/**
 * A mobile-terminated SMS to submit.
 *
 * @param destination the handset's MSISDN in international format, digits only (a leading '+' is dropped)
 * @param source the sender address: digits (a number or short code) or up to 11 alphanumeric characters; null takes
 *     {@link SmppConfig#defaultSource()}
 * @param content what it carries
 * @param validUntil when the SMSC should give up delivering (validity_period, SMPP 3.4 §7.1.1); null for the SMSC's
 *     default
 * @param userMessageReference the caller's reference, sent as TLV user_message_reference (0x0204, SMPP 3.4 §5.3.2.17)
 *     so the SMSC can echo it; null for none; 0..65535
 */
public record OutboundSms(
        String destination, String source, SmsContent content, Instant validUntil, Integer userMessageReference) {

    public OutboundSms {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(content, "content");
        destination = destination.startsWith("+") ? destination.substring(1) : destination;
        if (!Addresses.isDigits(destination) || destination.length() > Addresses.MAX_ADDRESS_DIGITS) {
            throw new IllegalArgumentException("destination must be 1 to 20 digits: " + destination);
        }
        if (source != null) {
            Addresses.checkSource(source);
        }
        if (userMessageReference != null && (userMessageReference < 0 || userMessageReference > 0xFFFF)) {
            throw new IllegalArgumentException("userMessageReference must be 0..65535: " + userMessageReference);
        }
    }

    /** A text to a handset, from the configured default source, with the SMSC's default validity. */
    public static OutboundSms text(String destination, String text) {
        return new OutboundSms(destination, null, new SmsContent.Text(text), null, null);
    }

    public OutboundSms withSource(String newSource) {
        return new OutboundSms(destination, newSource, content, validUntil, userMessageReference);
    }

    public OutboundSms withValidUntil(Instant until) {
        return new OutboundSms(destination, source, content, until, userMessageReference);
    }

    public OutboundSms withUserMessageReference(Integer reference) {
        return new OutboundSms(destination, source, content, validUntil, reference);
    }
}
