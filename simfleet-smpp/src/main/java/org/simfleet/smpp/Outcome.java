package org.simfleet.smpp;

/**
 * What became of one submitted part. The client never resends by itself: only the caller knows whether a resend
 * could duplicate a message, so each outcome says what a resend would risk.
 */
public enum Outcome {
    /** submit_sm_resp with ESME_ROK: the SMSC took the part; its message id is known. */
    ACCEPTED,
    /** The SMSC refused the part for good (e.g. ESME_RINVDSTADR, 0x0B): resending the same part is pointless. */
    REJECTED,
    /**
     * Certainly not taken by the SMSC: throttled (ESME_RTHROTTLED 0x58), its queue full (ESME_RMSGQFUL 0x14), not
     * bound, or the local queue full. Safe to resend.
     */
    RETRY,
    /**
     * Sent, but no response came (connection lost or response timeout): the SMSC may have it. Never resend blindly;
     * wait for a delivery receipt first.
     */
    UNKNOWN
}
