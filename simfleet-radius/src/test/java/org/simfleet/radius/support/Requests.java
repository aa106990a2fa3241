package org.simfleet.radius.support;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;

/** Requests as a packet gateway sends them, signed with {@link TestNas#SECRET} unless said otherwise. */
public final class Requests {
    public static final String IMSI = "262011234567890";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Requests() {}

    /** The attributes a PGW sends when a device attaches to an APN. */
    public static AttributeWriter subscriber(String imsi) {
        return new AttributeWriter()
                .addString(AttributeType.USER_NAME, imsi)
                .addString(AttributeType.CALLING_STATION_ID, "491701234567")
                .addString(AttributeType.CALLED_STATION_ID, "iot.simfleet")
                .addAddress(AttributeType.NAS_IP_ADDRESS, ipv4("127.0.0.1"))
                .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMSI, imsi)
                .addVendorOctet(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.RAT_TYPE, 6)
                .addVendor(
                        ThreeGppAttribute.VENDOR_ID,
                        ThreeGppAttribute.USER_LOCATION_INFO,
                        Hex.bytes("8262f210123462f21001a2b3c4"));
    }

    public static byte[] accessRequest(int identifier, AttributeWriter attributes) {
        return PacketBuilder.accessRequest(identifier, randomAuthenticator(), attributes, true, TestNas.SECRET);
    }

    public static byte[] accessRequestWithoutMessageAuthenticator(int identifier, AttributeWriter attributes) {
        return PacketBuilder.accessRequest(identifier, randomAuthenticator(), attributes, false, TestNas.SECRET);
    }

    public static byte[] accessRequestSignedWith(byte[] secret, int identifier, AttributeWriter attributes) {
        return PacketBuilder.accessRequest(identifier, randomAuthenticator(), attributes, true, secret);
    }

    /** An Accounting-Request of the given Acct-Status-Type for session {@code sessionId}. */
    public static byte[] accountingRequest(int identifier, int statusType, String sessionId) {
        return accountingRequestSignedWith(TestNas.SECRET, identifier, statusType, sessionId);
    }

    public static byte[] accountingRequestSignedWith(byte[] secret, int identifier, int statusType, String sessionId) {
        AttributeWriter attributes = subscriber(IMSI)
                .addInteger(AttributeType.ACCT_STATUS_TYPE, statusType)
                .addString(AttributeType.ACCT_SESSION_ID, sessionId)
                .addInteger(AttributeType.ACCT_INPUT_OCTETS, 1_000)
                .addInteger(AttributeType.ACCT_OUTPUT_OCTETS, 5_000);
        return PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, identifier, attributes, false, secret);
    }

    public static Inet4Address ipv4(String address) {
        try {
            return (Inet4Address) InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] randomAuthenticator() {
        byte[] authenticator = new byte[16];
        RANDOM.nextBytes(authenticator);
        return authenticator;
    }
}
