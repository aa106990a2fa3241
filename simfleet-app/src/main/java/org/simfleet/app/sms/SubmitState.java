package org.simfleet.app.sms;

/**
 * The sender's own bookkeeping of an MT, next to its user-facing status. The rule that keeps a message from being
 * sent twice lives in these states: only QUEUED rows are ever claimed, and a row leaves CLAIMED for QUEUED again
 * only when the SMPP client says the SMSC certainly did not take it ({@code Outcome.RETRY}), or by way of UNKNOWN when
 * no receipt showed that the SMSC had it.
 */
enum SubmitState {
    /** Waiting for the sender (status PENDING). */
    QUEUED,
    /** Committed as claimed by a sender before its submit_sm was written; its outcome is awaited. */
    CLAIMED,
    /** Every part was accepted; the receipts decide the status. */
    SENT,
    /**
     * Maybe at the SMSC (connection lost with the submit in flight, or a claim a crash left): a receipt adopts it (SENT
     * or DONE), else it goes back to QUEUED once the bind has been back for the grace period (SmsSweeper).
     */
    UNKNOWN,
    /** Final: delivered, failed, expired or canceled. */
    DONE
}
