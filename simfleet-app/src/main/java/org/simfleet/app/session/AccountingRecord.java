package org.simfleet.app.session;

import java.net.Inet4Address;
import java.time.Instant;
import org.simfleet.radius.AccountingRequest;
import org.simfleet.radius.AcctStatusType;
import org.simfleet.radius.attr.PlmnId;
import org.simfleet.radius.attr.UserLocation;

/**
 * What the store needs of one Accounting-Request, decoded on the receive thread that took it (so the single writer
 * thread only applies and writes) and cut to the columns' sizes, so that no packet can make a batch's INSERT fail.
 *
 * @param eventTime when it happened at the gateway: Event-Timestamp (RFC 2869 §5.3), else arrival minus
 *     Acct-Delay-Time (RFC 2866 §5.2)
 * @param bytesUp cumulative octets from the device, Gigawords included (RFC 2869 §5.1)
 * @param sessionTime Acct-Session-Time in seconds (RFC 2866 §5.7), or null
 * @param terminateCause the stored name of Acct-Terminate-Cause (RFC 2866 §5.10), or null
 */
record AccountingRecord(
        AcctStatusType type,
        SessionKey key,
        String gatewayName,
        String imsi,
        String userName,
        String msisdn,
        String imeisv,
        String apn,
        String framedIp,
        String ratType,
        String mcc,
        String mnc,
        Integer lac,
        Long cellId,
        Integer tac,
        Long eci,
        Long chargingId,
        Instant eventTime,
        Long sessionTime,
        long bytesUp,
        long bytesDown,
        long packetsUp,
        long packetsDown,
        String terminateCause) {

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
        String userName = Columns.text(request.userName(), 253);
        String imsi = Columns.digits(request.imsi(), 6, 15);
        if (imsi == null) {
            // TS 29.061 §16.4.2: the User-Name holds the IMSI when the gateway sends no 3GPP-IMSI of its own
            imsi = Columns.digits(userName, 6, 15);
        }
        PlmnId serving = request.sgsnMccMnc();
        UserLocation location = request.userLocation();
        if (serving == null && location != null) {
            serving = location.plmn();
        }
        Inet4Address framed = request.framedIpAddress();
        Instant eventTime = request.eventTimestamp();
        if (eventTime == null) {
            Long delay = request.delayTime();
            eventTime = delay == null ? arrived : arrived.minusSeconds(delay);
        }
        return new AccountingRecord(
                type,
                new SessionKey(gateway, sessionId),
                request.nas().name(),
                imsi,
                userName,
                Columns.digits(stripPlus(request.callingStationId()), 1, 15),
                Columns.text(request.imeisv(), 16),
                Columns.text(request.calledStationId(), 100),
                framed == null ? null : framed.getHostAddress(),
                RatNames.of(request.ratType(), request.ratTypeCode()),
                serving == null ? null : serving.mcc(),
                serving == null ? null : serving.mnc(),
                location == null ? null : location.lac(),
                location == null || location.ci() == null ? null : location.ci().longValue(),
                location == null ? null : location.tac(),
                location == null ? null : location.eci(),
                request.chargingId(),
                eventTime,
                request.sessionTime(),
                request.inputOctets(),
                request.outputOctets(),
                request.inputPackets(),
                request.outputPackets(),
                TerminateCause.name(request.terminateCause()));
    }

    private static String stripPlus(String msisdn) {
        return msisdn != null && msisdn.startsWith("+") ? msisdn.substring(1) : msisdn;
    }
}
