package org.simfleet.simulator.smsc;

import java.util.List;
import java.util.Objects;

/**
 * An MT that reached a simulated handset, reassembled when it was concatenated.
 *
 * @param source the sender address of the submit_sm
 * @param destination the handset's MSISDN
 * @param text the decoded text, null when the data_coding is binary
 * @param payload the user data without headers, all parts joined
 * @param dataCoding the submit_sm data_coding
 * @param messageIds the SMSC message id of each part, in part order
 */
public record DeliveredMt(
        String source, String destination, String text, byte[] payload, byte dataCoding, List<String> messageIds) {

    public DeliveredMt {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        payload = payload.clone();
        messageIds = List.copyOf(messageIds);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }
}
