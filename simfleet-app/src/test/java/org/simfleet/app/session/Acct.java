package org.simfleet.app.session;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;

/**
 * Accounting-Requests as a PGW sends them (RFC 2866, RFC 2869 §5.1 Gigawords, 3GPP TS 29.061 §16.4.7): a Start
 * with the subscriber, APN and location, Interim-Updates and a Stop with cumulative counters.
 */
final class Acct {

    static final int START = 1;
    static final int STOP = 2;
    static final int INTERIM = 3;
    static final int ACCOUNTING_ON = 7;
    private static final int TGPP = ThreeGppAttribute.VENDOR_ID;

    private Acct() {}

    static AttributeWriter start(String sessionId, String imsi) {
        return subscriber(START, sessionId, imsi);
    }

    static AttributeWriter interim(String sessionId, String imsi, long up, long down) {
        return counters(subscriber(INTERIM, sessionId, imsi), up, down);
    }

    /** A Stop after {@code seconds} with Acct-Terminate-Cause User Request (RFC 2866 §5.10). */
    static AttributeWriter stop(String sessionId, String imsi, long up, long down, long seconds) {
        return counters(subscriber(STOP, sessionId, imsi), up, down)
                .addInteger(AttributeType.ACCT_SESSION_TIME, seconds)
                .addInteger(AttributeType.ACCT_TERMINATE_CAUSE, 1);
    }

    static AttributeWriter accountingOn() {
        return new AttributeWriter()
                .addInteger(AttributeType.ACCT_STATUS_TYPE, ACCOUNTING_ON)
                .addString(AttributeType.NAS_IDENTIFIER, "pgw-test");
    }

    /** What every packet of a session carries, with the 3GPP attributes a PGW adds. */
    static AttributeWriter subscriber(int statusType, String sessionId, String imsi) {
        return new AttributeWriter()
                .addString(AttributeType.USER_NAME, imsi)
                .addInteger(AttributeType.ACCT_STATUS_TYPE, statusType)
                .addString(AttributeType.ACCT_SESSION_ID, sessionId)
                .addString(AttributeType.CALLING_STATION_ID, "491701234567")
                .addString(AttributeType.CALLED_STATION_ID, "em")
                .addAddress(AttributeType.FRAMED_IP_ADDRESS, ipv4("100.64.1.2"))
                .addVendorString(TGPP, ThreeGppAttribute.IMSI, imsi)
                .addVendorInteger(TGPP, ThreeGppAttribute.CHARGING_ID, 4711)
                .addVendorString(TGPP, ThreeGppAttribute.SGSN_MCC_MNC, "26202")
                .addVendorString(TGPP, ThreeGppAttribute.IMEISV, "3534900698733201")
                .addVendorOctet(TGPP, ThreeGppAttribute.RAT_TYPE, 6)
                // TAI and ECGI (type 130): MCC 262 MNC 02, TAC 0x1234, ECI 0x01a2b3c4 (TS 29.274 §8.21)
                .addVendor(TGPP, ThreeGppAttribute.USER_LOCATION_INFO, new byte[] {
                    (byte) 130,
                    0x62,
                    (byte) 0xf2,
                    0x20,
                    0x12,
                    0x34,
                    0x62,
                    (byte) 0xf2,
                    0x20,
                    0x01,
                    (byte) 0xa2,
                    (byte) 0xb3,
                    (byte) 0xc4
                });
    }

    /** Cumulative octets split into Octets and Gigawords (RFC 2869 §5.1), and a packet count per 100 octets. */
    static AttributeWriter counters(AttributeWriter w, long up, long down) {
        return w.addInteger(AttributeType.ACCT_INPUT_OCTETS, up & 0xffffffffL)
                .addInteger(AttributeType.ACCT_INPUT_GIGAWORDS, up >>> 32)
                .addInteger(AttributeType.ACCT_OUTPUT_OCTETS, down & 0xffffffffL)
                .addInteger(AttributeType.ACCT_OUTPUT_GIGAWORDS, down >>> 32)
                .addInteger(AttributeType.ACCT_INPUT_PACKETS, Math.min(up / 100, 0xffffffffL))
                .addInteger(AttributeType.ACCT_OUTPUT_PACKETS, Math.min(down / 100, 0xffffffffL));
    }

    static Inet4Address ipv4(String address) {
        try {
            return (Inet4Address) InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
