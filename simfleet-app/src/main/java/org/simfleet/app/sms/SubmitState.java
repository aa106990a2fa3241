package org.simfleet.app.sms;

/**
 * The sender's own bookkeeping of an MT, next to its user-facing status. The rule that keeps a message from being
 * sent twice lives in these states: only QUEUED rows are ever claimed, and a row leaves CLAIMED for QUEUED again
 * only when the SMPP client says the SMSC certainly did not take it ({@code Outcome.RETRY}).
 */
enum SubmitState {
    /** Waiting for the sender (status PENDING). */
    QUEUED,
    /** Committed as claimed by a sender before its submit_sm was written; its outcome is awaited. */
    CLAIMED,
    /** Every part was accepted; the receipts decide the status. */
    SENT,
    /** Maybe at the SMSC (connection lost with the submit in flight, or a claim a crash left): never resent. */
    UNKNOWN,
    /** Final: delivered, failed, expired or canceled. */
    DONE
}
