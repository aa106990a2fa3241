package org.simfleet.app.session;

import java.net.Inet4Address;
import org.simfleet.radius.AccountingRequest;
import org.simfleet.radius.attr.PlmnId;
import org.simfleet.radius.attr.UserLocation;

/**
 * What a new session's row keeps of the request that created it: the subscriber, the APN, the address and where the
 * device was (3GPP TS 29.061 §16.4.7.2), cut to the columns' sizes so that no packet can make a batch's INSERT fail.
 *
 * @param mcc the serving network's (3GPP-SGSN-MCC-MNC, else the User-Location-Info's PLMN), not the home network's
 */
record SessionDetails(
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
        Long chargingId) {

    static SessionDetails of(AccountingRequest request) {
        PlmnId serving = request.sgsnMccMnc();
        UserLocation location = request.userLocation();
        if (serving == null && location != null) {
            serving = location.plmn();
        }
        Inet4Address framed = request.framedIpAddress();
        return new SessionDetails(
                Columns.text(request.userName(), 253),
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
                request.chargingId());
    }

    private static String stripPlus(String msisdn) {
        return msisdn != null && msisdn.startsWith("+") ? msisdn.substring(1) : msisdn;
    }
}
