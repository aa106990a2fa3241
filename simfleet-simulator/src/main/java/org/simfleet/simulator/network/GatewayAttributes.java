package org.simfleet.simulator.network;

import java.net.Inet4Address;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;

/**
 * The attributes a P-GW/GGSN puts in its Access- and Accounting-Requests: RFC 2865/2866 ones and the 3GPP
 * vendor-specific set of TS 29.061 §16.4.7 (IMSI, charging id, serving network, RAT, IMEISV, user location).
 */
final class GatewayAttributes {

    private static final int TGPP = ThreeGppAttribute.VENDOR_ID;
    private static final int NAS_PORT_TYPE_WIRELESS_OTHER = 18; // RFC 4603 / IANA: Wireless - Other
    private static final int SERVICE_TYPE_FRAMED = 2; // RFC 2865 §5.6
    private static final int FRAMED_PROTOCOL_GPRS_PDP = 7; // RFC 2865 §5.7, IANA value 7

    private GatewayAttributes() {}

    /** What every request of a device carries: who, where, through which gateway. */
    static AttributeWriter common(
            GatewayIdentity gw, Subscriber s, String apn, Radio radio, Plmn plmn, long chargingId, long timestamp) {
        AttributeWriter a = new AttributeWriter()
                .addString(AttributeType.USER_NAME, s.imsi())
                .addAddress(AttributeType.NAS_IP_ADDRESS, gw.address())
                .addString(AttributeType.NAS_IDENTIFIER, gw.name())
                .addInteger(AttributeType.NAS_PORT_TYPE, NAS_PORT_TYPE_WIRELESS_OTHER)
                .addInteger(AttributeType.SERVICE_TYPE, SERVICE_TYPE_FRAMED)
                .addInteger(AttributeType.FRAMED_PROTOCOL, FRAMED_PROTOCOL_GPRS_PDP)
                .addString(AttributeType.CALLED_STATION_ID, apn)
                .addInteger(AttributeType.EVENT_TIMESTAMP, timestamp);
        if (s.msisdn() != null) {
            a.addString(AttributeType.CALLING_STATION_ID, s.msisdn());
        }
        a.addVendorString(TGPP, ThreeGppAttribute.IMSI, s.imsi())
                .addVendorInteger(TGPP, ThreeGppAttribute.CHARGING_ID, chargingId)
                .addVendorInteger(TGPP, ThreeGppAttribute.PDP_TYPE, 0) // IPv4
                .addVendorAddress(TGPP, ThreeGppAttribute.SGSN_ADDRESS, gw.address())
                .addVendorAddress(TGPP, ThreeGppAttribute.GGSN_ADDRESS, gw.address())
                .addVendorString(TGPP, ThreeGppAttribute.IMSI_MCC_MNC, s.imsi().substring(0, 5))
                .addVendorString(
                        TGPP, ThreeGppAttribute.GGSN_MCC_MNC, gw.homePlmn().digits())
                .addVendorString(TGPP, ThreeGppAttribute.NSAPI, "5")
                .addVendorString(TGPP, ThreeGppAttribute.SELECTION_MODE, "0")
                .addVendorString(TGPP, ThreeGppAttribute.CHARGING_CHARACTERISTICS, "0800")
                .addVendorString(TGPP, ThreeGppAttribute.SGSN_MCC_MNC, plmn.digits())
                .addVendorOctet(TGPP, ThreeGppAttribute.RAT_TYPE, radio.ratType.code())
                .addVendor(TGPP, ThreeGppAttribute.USER_LOCATION_INFO, userLocation(plmn, chargingId))
                .addVendor(TGPP, ThreeGppAttribute.MS_TIME_ZONE, new byte[] {0x40, 0x00});
        if (s.imeisv() != null) {
            a.addVendorString(TGPP, ThreeGppAttribute.IMEISV, s.imeisv());
        }
        return a;
    }

    static void counters(AttributeWriter a, DataSession s, long sessionSeconds) {
        a.addInteger(AttributeType.ACCT_INPUT_OCTETS, s.octetsUp & 0xffffffffL)
                .addInteger(AttributeType.ACCT_OUTPUT_OCTETS, s.octetsDown & 0xffffffffL)
                .addInteger(AttributeType.ACCT_INPUT_GIGAWORDS, s.octetsUp >>> 32)
                .addInteger(AttributeType.ACCT_OUTPUT_GIGAWORDS, s.octetsDown >>> 32)
                .addInteger(AttributeType.ACCT_INPUT_PACKETS, s.octetsUp / 200)
                .addInteger(AttributeType.ACCT_OUTPUT_PACKETS, s.octetsDown / 200)
                .addInteger(AttributeType.ACCT_SESSION_TIME, Math.max(0, sessionSeconds));
    }

    /** User-Location-Info of type 130, TAI + ECGI (TS 29.274 §8.21.4/8.21.5), PLMN in the BCD layout of TS 24.008. */
    private static byte[] userLocation(Plmn plmn, long cell) {
        byte[] uli = new byte[13];
        uli[0] = (byte) 130;
        byte[] p = plmnBcd(plmn);
        System.arraycopy(p, 0, uli, 1, 3);
        uli[4] = (byte) (cell >>> 8);
        uli[5] = (byte) cell;
        System.arraycopy(p, 0, uli, 6, 3);
        long eci = cell & 0x0fffffffL;
        uli[9] = (byte) (eci >>> 24);
        uli[10] = (byte) (eci >>> 16);
        uli[11] = (byte) (eci >>> 8);
        uli[12] = (byte) eci;
        return uli;
    }

    private static byte[] plmnBcd(Plmn plmn) {
        String mcc = plmn.mcc();
        String mnc = plmn.mnc();
        int mnc3 = mnc.length() == 3 ? mnc.charAt(2) - '0' : 0xf;
        return new byte[] {
            (byte) ((mcc.charAt(1) - '0') << 4 | (mcc.charAt(0) - '0')),
            (byte) (mnc3 << 4 | (mcc.charAt(2) - '0')),
            (byte) ((mnc.charAt(1) - '0') << 4 | (mnc.charAt(0) - '0'))
        };
    }

    static Inet4Address framedAddress(org.simfleet.radius.codec.RadiusPacket accept) {
        return accept.address(AttributeType.FRAMED_IP_ADDRESS);
    }
}
