package org.simfleet.simulator.smsc;

/**
 * A snapshot of the simulator's counters.
 *
 * @param submits submit_sm received (answered or not)
 * @param accepted submit_sm answered ESME_ROK
 * @param duplicateSubmits accepted submits whose duplicate key (see {@link SmscConfig#duplicateKey()}) was seen
 *     before
 * @param throttled submit_sm answered ESME_RTHROTTLED
 * @param receiptsSent receipts the ESME acknowledged with ESME_ROK
 * @param receiptsPending receipts produced and not yet acknowledged (queued, kept for the next bind, or in flight)
 * @param receiptsRefused deliver_sm_resp errors received for receipts (each is sent again later)
 * @param moSent MO parts the ESME acknowledged with ESME_ROK
 * @param moPending MO parts not yet acknowledged
 * @param binds binds accepted
 * @param bindsRefused binds refused (wrong credentials or a refusal fault)
 * @param connectionsDropped TCP connections aborted by the drop fault
 * @param enquireLinks enquire_link received from ESMEs
 * @param maxSubmitsInProgress the most submit_sm being processed at once (awaiting their response) so far
 * @param deliversUnanswered deliver_sm (receipts and MO) that got no answer (timeout, connection lost) and were kept
 *     to go again: the ESME may have them already
 */
public record SmscStats(
        long submits,
        long accepted,
        long duplicateSubmits,
        long throttled,
        long receiptsSent,
        long receiptsPending,
        long receiptsRefused,
        long moSent,
        long moPending,
        long binds,
        long bindsRefused,
        long connectionsDropped,
        long enquireLinks,
        long maxSubmitsInProgress,
        long deliversUnanswered) {}
