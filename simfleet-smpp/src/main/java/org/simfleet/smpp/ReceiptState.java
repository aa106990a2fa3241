package org.simfleet.smpp;

/**
 * A message's state as a delivery receipt reports it: the message_state values of SMPP 3.4 §5.2.28 (and 5.0's
 * SKIPPED), which the Appendix B receipt text abbreviates (DELIVRD, UNDELIV…).
 */
public enum ReceiptState {
    ENROUTE(1, "ENROUTE"),
    DELIVERED(2, "DELIVRD"),
    EXPIRED(3, "EXPIRED"),
    DELETED(4, "DELETED"),
    UNDELIVERABLE(5, "UNDELIV"),
    ACCEPTED(6, "ACCEPTD"),
    UNKNOWN(7, "UNKNOWN"),
    REJECTED(8, "REJECTD"),
    SKIPPED(9, "SKIPPED");

    private final int messageState;
    private final String stat;

    ReceiptState(int messageState, String stat) {
        this.messageState = messageState;
        this.stat = stat;
    }

    /** The message_state TLV value (0x0427). */
    public int messageState() {
        return messageState;
    }

    /** The seven-character stat: value of the Appendix B receipt text. */
    public String stat() {
        return stat;
    }

    /** Every state but ENROUTE is final in SMPP 3.4 §5.2.28: no further receipt follows it. */
    public boolean isFinal() {
        return this != ENROUTE;
    }

    /** The state of a message_state TLV value, or null for a value SMPP does not define. */
    public static ReceiptState ofMessageState(int value) {
        for (ReceiptState s : values()) {
            if (s.messageState == value) {
                return s;
            }
        }
        return null;
    }
}
