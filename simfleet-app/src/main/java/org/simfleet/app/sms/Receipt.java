package org.simfleet.app.sms;

import java.time.Instant;
import org.simfleet.smpp.DeliveryReceipt;
import org.simfleet.smpp.ReceiptState;

/** What the ledger needs of a delivery receipt; also what is kept of one that came before its message id. */
record Receipt(
        String messageId, ReceiptState state, String handset, String textHead, String errorCode, Instant doneAt) {

    static Receipt of(DeliveryReceipt r) {
        // an intermediate notification (esm_class 0x20) is not the part's outcome, whatever state it names
        ReceiptState state = r.intermediate() ? ReceiptState.ENROUTE : r.state();
        return new Receipt(r.messageId(), state, r.handset(), r.textHead(), r.errorCode(), r.doneAt());
    }

    /**
     * The message status this receipt means for its part, or null when more receipts follow. ACCEPTED (SMPP 3.4
     * §5.2.28: read on the subscriber's behalf) counts as delivered; every other final state but EXPIRED as failed.
     */
    SmsStatus status() {
        return switch (state) {
            case ENROUTE -> null;
            case DELIVERED, ACCEPTED -> SmsStatus.DELIVERED;
            case EXPIRED -> SmsStatus.EXPIRED;
            default -> SmsStatus.FAILED;
        };
    }

    String failureReason() {
        SmsStatus s = status();
        if (s == SmsStatus.DELIVERED || s == null) {
            return null;
        }
        return "receipt " + state.stat() + (errorCode == null ? "" : " err:" + errorCode);
    }
}
