package org.simfleet.smpp;

import java.util.Objects;

/**
 * A mobile-originated SMS, reassembled when it came in several parts.
 *
 * @param source the handset's address (source_addr)
 * @param destination the address it was sent to (destination_addr)
 * @param text the decoded text, or null when the data_coding is binary
 * @param payload the user data without any header (all parts joined), as received
 * @param dataCoding the data_coding of the (first) part
 * @param parts how many deliver_sm carried it
 */
public record InboundSms(String source, String destination, String text, byte[] payload, byte dataCoding, int parts) {

    public InboundSms {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(payload, "payload");
        payload = payload.clone();
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1: " + parts);
        }
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundSms m
                && source.equals(m.source)
                && destination.equals(m.destination)
                && Objects.equals(text, m.text)
                && java.util.Arrays.equals(payload, m.payload)
                && dataCoding == m.dataCoding
                && parts == m.parts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, destination, text, java.util.Arrays.hashCode(payload), dataCoding, parts);
    }

    @Override
    public String toString() {
        return "InboundSms[" + source + " -> " + destination + ", " + (text != null ? "text" : "binary") + ", "
                + payload.length + " octets, " + parts + " part(s)]";
    }
}
