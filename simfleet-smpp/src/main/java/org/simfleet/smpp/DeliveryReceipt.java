package org.simfleet.smpp;

import java.time.Instant;
import java.util.Objects;

/**
 * A delivery receipt (deliver_sm with esm_class message type 0x04) or an intermediate notification (0x20), as
 * parsed from the SMPP 3.4 Appendix B text and the TLVs; the TLVs win where both say something.
 *
 * @param messageId the SMSC message id this receipt is about (TLV receipted_message_id 0x001E, else the text's id:)
 * @param state the message's state (TLV message_state 0x0427, else the text's stat:)
 * @param handset the handset's address (the deliver_sm's source_addr: the original destination)
 * @param recipient the deliver_sm's destination_addr (the original source)
 * @param submittedAt the text's submit date, null when absent or unreadable
 * @param doneAt the text's done date, null when absent or unreadable
 * @param errorCode the text's err: value as sent (often three digits), null when absent
 * @param networkErrorCode TLV network_error_code 0x0423's error code (its last two octets), null when absent
 * @param textHead the text's text: field (the first characters of the original message), null when absent
 * @param rawText the whole short_message (or message_payload) as received, for the record
 * @param intermediate true for an intermediate notification (esm_class 0x20): more receipts follow
 */
public record DeliveryReceipt(
        String messageId,
        ReceiptState state,
        String handset,
        String recipient,
        Instant submittedAt,
        Instant doneAt,
        String errorCode,
        Integer networkErrorCode,
        String textHead,
        String rawText,
        boolean intermediate) {

    public DeliveryReceipt {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rawText, "rawText");
    }

    /** True when no further receipt follows for this message. */
    public boolean isFinal() {
        return !intermediate && state.isFinal();
    }
}
