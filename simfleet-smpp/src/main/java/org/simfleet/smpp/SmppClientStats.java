package org.simfleet.smpp;

/**
 * A snapshot of a client's counters since it was created.
 *
 * @param submits parts handed to {@link SmppClient#submit}
 * @param accepted parts the SMSC accepted
 * @param rejected parts the SMSC refused for good
 * @param retry parts completed {@link Outcome#RETRY}
 * @param unknown parts completed {@link Outcome#UNKNOWN}
 * @param receipts delivery receipts handed to the listener
 * @param mo mobile-originated messages handed to the listener (after reassembly)
 * @param binds successful binds (a transmitter + receiver pair counts two)
 * @param reconnects connection attempts after the first
 * @param windowInUse submit_sm awaiting their response right now
 * @param queued parts waiting for a window slot right now
 * @param malformed PDUs, receipts and short messages that could not be decoded (answered or dropped)
 * @param deliverErrors deliver_sm answered ESME_RX_T_APPN because the listener's stage failed
 * @param moRedelivered MO parts the SMSC delivered again after they were stored while the connection was gone,
 *     answered and not handed over twice
 */
public record SmppClientStats(
        long submits,
        long accepted,
        long rejected,
        long retry,
        long unknown,
        long receipts,
        long mo,
        long binds,
        long reconnects,
        int windowInUse,
        int queued,
        long malformed,
        long deliverErrors,
        long moRedelivered) {}
