package org.simfleet.smpp;

/**
 * What a submit_sm_resp command_status (SMPP 3.4 §5.1.3) means for a resend: only the statuses that say the SMSC
 * did not take the message for now are {@link Outcome#RETRY}; every other error is the SMSC's final word.
 */
final class SubmitStatus {
    static final int ESME_RMSGQFUL = 0x14;
    static final int ESME_RTHROTTLED = 0x58;
    /** ESME_RSYSERR: the SMSC failed internally before taking the message. */
    static final int ESME_RSYSERR = 0x08;
    /** ESME_RSUBMITFAIL: submit_sm failed, typically a transient SMSC-side fault. */
    static final int ESME_RSUBMITFAIL = 0x45;
    /** ESME_RINVBNDSTS: sent in a bind state that does not allow it; nothing was taken. */
    static final int ESME_RINVBNDSTS = 0x04;

    private SubmitStatus() {}

    static Outcome outcome(int status) {
        return switch (status) {
            case ESME_RMSGQFUL, ESME_RTHROTTLED, ESME_RSYSERR, ESME_RSUBMITFAIL, ESME_RINVBNDSTS -> Outcome.RETRY;
            default -> Outcome.REJECTED;
        };
    }

    static String describe(int status) {
        String name =
                switch (status) {
                    case 0x01 -> "ESME_RINVMSGLEN";
                    case 0x02 -> "ESME_RINVCMDLEN";
                    case 0x03 -> "ESME_RINVCMDID";
                    case ESME_RINVBNDSTS -> "ESME_RINVBNDSTS";
                    case ESME_RSYSERR -> "ESME_RSYSERR";
                    case 0x0A -> "ESME_RINVSRCADR";
                    case 0x0B -> "ESME_RINVDSTADR";
                    case ESME_RMSGQFUL -> "ESME_RMSGQFUL";
                    case ESME_RSUBMITFAIL -> "ESME_RSUBMITFAIL";
                    case 0x48 -> "ESME_RINVSRCTON";
                    case 0x49 -> "ESME_RINVSRCNPI";
                    case 0x50 -> "ESME_RINVDSTTON";
                    case 0x51 -> "ESME_RINVDSTNPI";
                    case ESME_RTHROTTLED -> "ESME_RTHROTTLED";
                    case 0x61 -> "ESME_RINVSCHED";
                    case 0x62 -> "ESME_RINVEXPIRY";
                    default -> "error";
                };
        return name + " (0x" + Integer.toHexString(status) + ")";
    }
}
