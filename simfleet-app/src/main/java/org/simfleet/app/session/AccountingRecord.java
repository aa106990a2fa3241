package org.simfleet.app.session;

import java.time.Instant;
import org.simfleet.radius.AccountingRequest;
import org.simfleet.radius.AcctStatusType;

/**
 * What the store needs of one Accounting-Request, decoded on the receive thread that took it, so the single writer
 * thread only applies and writes. A Start's session details are decoded at once; an Interim-Update's or a Stop's
 * only if its session turns out to be unknown, since nearly always it is not and they would be thrown away.
 *
 * @param eventTime when it happened at the gateway: Event-Timestamp (RFC 2869 §5.3), else arrival minus
 *     Acct-Delay-Time (RFC 2866 §5.2)
 * @param imsi 3GPP-IMSI, else the User-Name when it is one (TS 29.061 §16.4.2), or null
 * @param bytesUp cumulative octets from the device, Gigawords included (RFC 2869 §5.1)
 * @param sessionTime Acct-Session-Time in seconds (RFC 2866 §5.7), or null
 * @param terminateCause the stored name of Acct-Terminate-Cause (RFC 2866 §5.10), or null
 * @param startDetails the decoded details of a Start, null for other types
 */
record AccountingRecord(
        AcctStatusType type,
        SessionKey key,
        String gatewayName,
        String imsi,
        Instant eventTime,
        Long sessionTime,
        long bytesUp,
        long bytesDown,
        long packetsUp,
        long packetsDown,
        String terminateCause,
        SessionDetails startDetails,
        AccountingRequest request) {

    /**
     * Decodes a request; {@code null} when it is nothing the store keeps (another Acct-Status-Type, or a session
     * record without Acct-Session-Id), which is acknowledged all the same: RFC 2866 §4.1 asks only that what is
     * recorded be recorded before the answer.
     */
    static AccountingRecord of(AccountingRequest request, String gateway, Instant arrived) {
        AcctStatusType type = request.statusType();
        if (type == null) {
            return null;
        }
        String sessionId = Columns.text(request.sessionId(), 253);
        boolean gatewayWide = type == AcctStatusType.ACCOUNTING_ON || type == AcctStatusType.ACCOUNTING_OFF;
        if (sessionId == null && !gatewayWide) {
            return null;
        }
        String imsi = Columns.digits(request.imsi(), 6, 15);
        if (imsi == null) {
            imsi = Columns.digits(request.userName(), 6, 15);
        }
        Instant eventTime = request.eventTimestamp();
        if (eventTime == null) {
            Long delay = request.delayTime();
            eventTime = delay == null ? arrived : arrived.minusSeconds(delay);
        }
        boolean counted = type == AcctStatusType.INTERIM_UPDATE || type == AcctStatusType.STOP;
        return new AccountingRecord(
                type,
                new SessionKey(gateway, sessionId),
                request.nas().name(),
                imsi,
                eventTime,
                counted ? request.sessionTime() : null,
                counted ? request.inputOctets() : 0,
                counted ? request.outputOctets() : 0,
                counted ? request.inputPackets() : 0,
                counted ? request.outputPackets() : 0,
                type == AcctStatusType.STOP ? TerminateCause.name(request.terminateCause()) : null,
                type == AcctStatusType.START ? SessionDetails.of(request) : null,
                request);
    }

    /** The details for the row of a new session: a Start's, or decoded now from the Interim or Stop that creates it. */
    SessionDetails details() {
        return startDetails != null ? startDetails : SessionDetails.of(request);
    }
}
