package org.simfleet.app.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A data session as the API shows it. Counters are cumulative: the final ones of a closed session, the ones counted
 * so far of an open one, whose duration is also so far.
 */
public record DataSession(
        UUID id,
        boolean open,
        Long endpointId,
        Long simId,
        String imsi,
        String msisdn,
        String imeisv,
        String apn,
        String framedIp,
        String ratType,
        String mcc,
        String mnc,
        Cell cell,
        String gateway,
        String acctSessionId,
        Long chargingId,
        Instant startedAt,
        Instant endedAt,
        Long durationSeconds,
        long bytesUp,
        long bytesDown,
        long packetsUp,
        long packetsDown,
        String terminateCause) {

    /** Where the device was when the session started (3GPP-User-Location-Info, TS 29.061 §16.4.7.2). */
    public record Cell(Integer lac, Long cellId, Integer tac, Long eci) {}

    DataSession withCounters(long up, long down, long pUp, long pDown) {
        return new DataSession(
                id,
                open,
                endpointId,
                simId,
                imsi,
                msisdn,
                imeisv,
                apn,
                framedIp,
                ratType,
                mcc,
                mnc,
                cell,
                gateway,
                acctSessionId,
                chargingId,
                startedAt,
                endedAt,
                durationSeconds,
                up,
                down,
                pUp,
                pDown,
                terminateCause);
    }
}
