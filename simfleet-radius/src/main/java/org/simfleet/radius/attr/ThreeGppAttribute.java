package org.simfleet.radius.attr;

/**
 * Sub-attribute types of the 3GPP Vendor-Specific attribute (vendor 10415), 3GPP TS 29.061 §16.4.7.2. Text values
 * are UTF-8; the MCC-MNC ones are digit strings, the addresses 4-octet IPv4.
 */
public final class ThreeGppAttribute {
    /** IANA "SMI Network Management Private Enterprise Codes": 3GPP. */
    public static final int VENDOR_ID = 10415;

    public static final int IMSI = 1;
    public static final int CHARGING_ID = 2;
    public static final int PDP_TYPE = 3;
    public static final int CHARGING_GATEWAY_ADDRESS = 4;
    public static final int GPRS_NEGOTIATED_QOS_PROFILE = 5;
    public static final int SGSN_ADDRESS = 6;
    public static final int GGSN_ADDRESS = 7;
    public static final int IMSI_MCC_MNC = 8;
    public static final int GGSN_MCC_MNC = 9;
    public static final int NSAPI = 10;
    public static final int SESSION_STOP_INDICATOR = 11;
    public static final int SELECTION_MODE = 12;
    public static final int CHARGING_CHARACTERISTICS = 13;
    public static final int IPV6_DNS_SERVERS = 17;
    public static final int SGSN_MCC_MNC = 18;
    public static final int IMEISV = 20;
    public static final int RAT_TYPE = 21;
    public static final int USER_LOCATION_INFO = 22;
    public static final int MS_TIME_ZONE = 23;

    private ThreeGppAttribute() {}
}
