package org.simfleet.radius;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import org.simfleet.radius.attr.MsTimeZone;
import org.simfleet.radius.attr.PlmnId;
import org.simfleet.radius.attr.RatType;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.attr.UserLocation;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * What Access- and Accounting-Requests from a packet gateway have in common: the RFC 2865 session attributes and the
 * 3GPP ones of TS 29.061 §16.4.7. Each getter decodes from the raw packet when called and answers {@code null} for
 * an absent or invalid attribute (RFC 6929 §2.8); {@link #packet()} reaches anything else.
 */
public abstract sealed class RadiusRequest permits AccessRequest, AccountingRequest {
    private static final int TGPP = ThreeGppAttribute.VENDOR_ID;

    private final RadiusPacket packet;
    private final NasClient nas;
    private final InetSocketAddress source;

    RadiusRequest(RadiusPacket packet, NasClient nas, InetSocketAddress source) {
        this.packet = Objects.requireNonNull(packet, "packet");
        this.nas = Objects.requireNonNull(nas, "nas");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The raw packet, for attributes without a getter here. */
    public RadiusPacket packet() {
        return packet;
    }

    /** The client the request came from, as the {@link NasDirectory} knows it. */
    public NasClient nas() {
        return nas;
    }

    /** Address and port the datagram came from. */
    public InetSocketAddress source() {
        return source;
    }

    public int identifier() {
        return packet.identifier();
    }

    public String userName() {
        return packet.string(AttributeType.USER_NAME);
    }

    public Inet4Address nasIpAddress() {
        return packet.address(AttributeType.NAS_IP_ADDRESS);
    }

    public String nasIdentifier() {
        return packet.string(AttributeType.NAS_IDENTIFIER);
    }

    /** Called-Station-Id; a GGSN/PGW puts the APN here (3GPP TS 29.061 clause 16.4). */
    public String calledStationId() {
        return packet.string(AttributeType.CALLED_STATION_ID);
    }

    /** Calling-Station-Id; a GGSN/PGW puts the MSISDN here (3GPP TS 29.061 clause 16.4). */
    public String callingStationId() {
        return packet.string(AttributeType.CALLING_STATION_ID);
    }

    public Inet4Address framedIpAddress() {
        return packet.address(AttributeType.FRAMED_IP_ADDRESS);
    }

    /** Every Class value, in order: what an Access-Accept handed out, echoed back (RFC 2865 §5.25). */
    public List<byte[]> classes() {
        return packet.attributes(AttributeType.CLASS);
    }

    /** A copy of the first value of a standard attribute, or {@code null}. */
    public byte[] attribute(int type) {
        return packet.attribute(type);
    }

    /** A copy of the first sub-attribute of a vendor, or {@code null}. */
    public byte[] vendorAttribute(int vendorId, int vendorType) {
        return packet.vendorAttribute(vendorId, vendorType);
    }

    public String imsi() {
        return packet.vendorString(TGPP, ThreeGppAttribute.IMSI);
    }

    public Long chargingId() {
        return boxed(packet.vendorInteger(TGPP, ThreeGppAttribute.CHARGING_ID));
    }

    /** 3GPP-PDP-Type: 0 IPv4, 1 PPP, 2 IPv6, 3 IPv4v6, 4 Non-IP (TS 29.061 §16.4.7.2). */
    public Long pdpType() {
        return boxed(packet.vendorInteger(TGPP, ThreeGppAttribute.PDP_TYPE));
    }

    public Inet4Address chargingGatewayAddress() {
        return packet.vendorAddress(TGPP, ThreeGppAttribute.CHARGING_GATEWAY_ADDRESS);
    }

    /** The negotiated QoS profile as the gateway wrote it: a hex string (TS 29.061 §16.4.7.2). */
    public String negotiatedQosProfile() {
        return packet.vendorString(TGPP, ThreeGppAttribute.GPRS_NEGOTIATED_QOS_PROFILE);
    }

    /** The SGSN's (or, on EPC, the serving gateway's) control-plane address. */
    public Inet4Address sgsnAddress() {
        return packet.vendorAddress(TGPP, ThreeGppAttribute.SGSN_ADDRESS);
    }

    public Inet4Address ggsnAddress() {
        return packet.vendorAddress(TGPP, ThreeGppAttribute.GGSN_ADDRESS);
    }

    /** The home network of the subscriber. */
    public PlmnId imsiMccMnc() {
        return PlmnId.parse(packet.vendorString(TGPP, ThreeGppAttribute.IMSI_MCC_MNC));
    }

    public PlmnId ggsnMccMnc() {
        return PlmnId.parse(packet.vendorString(TGPP, ThreeGppAttribute.GGSN_MCC_MNC));
    }

    /** The serving network: differs from {@link #imsiMccMnc()} when roaming. */
    public PlmnId sgsnMccMnc() {
        return PlmnId.parse(packet.vendorString(TGPP, ThreeGppAttribute.SGSN_MCC_MNC));
    }

    public String nsapi() {
        return packet.vendorString(TGPP, ThreeGppAttribute.NSAPI);
    }

    public String selectionMode() {
        return packet.vendorString(TGPP, ThreeGppAttribute.SELECTION_MODE);
    }

    public String chargingCharacteristics() {
        return packet.vendorString(TGPP, ThreeGppAttribute.CHARGING_CHARACTERISTICS);
    }

    public String imeisv() {
        return packet.vendorString(TGPP, ThreeGppAttribute.IMEISV);
    }

    /** The RAT, or {@code null} when absent or a code without a name (see {@link #ratTypeCode()}). */
    public RatType ratType() {
        long code = packet.vendorOctet(TGPP, ThreeGppAttribute.RAT_TYPE);
        return code < 0 ? null : RatType.of((int) code);
    }

    /** The raw 3GPP-RAT-Type octet, or {@code null}. */
    public Integer ratTypeCode() {
        long code = packet.vendorOctet(TGPP, ThreeGppAttribute.RAT_TYPE);
        return code < 0 ? null : (int) code;
    }

    public UserLocation userLocation() {
        return UserLocation.decode(packet.vendorAttribute(TGPP, ThreeGppAttribute.USER_LOCATION_INFO));
    }

    public MsTimeZone msTimeZone() {
        return MsTimeZone.decode(packet.vendorAttribute(TGPP, ThreeGppAttribute.MS_TIME_ZONE));
    }

    static Long boxed(long value) {
        return value == RadiusPacket.ABSENT ? null : value;
    }

    @Override
    public String toString() {
        return packet + " from " + nas.name() + " " + source;
    }
}
