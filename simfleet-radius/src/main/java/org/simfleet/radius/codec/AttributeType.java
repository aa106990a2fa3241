package org.simfleet.radius.codec;

/**
 * The standard attribute types the library reads or writes (IANA "RADIUS Attribute Types"). Vendor attributes live
 * inside {@link #VENDOR_SPECIFIC}; see {@code org.simfleet.radius.attr} for the 3GPP and Microsoft ones.
 */
public final class AttributeType {
    public static final int USER_NAME = 1; // RFC 2865 §5.1
    public static final int USER_PASSWORD = 2; // RFC 2865 §5.2
    public static final int CHAP_PASSWORD = 3; // RFC 2865 §5.3
    public static final int NAS_IP_ADDRESS = 4; // RFC 2865 §5.4
    public static final int NAS_PORT = 5; // RFC 2865 §5.5
    public static final int SERVICE_TYPE = 6; // RFC 2865 §5.6
    public static final int FRAMED_PROTOCOL = 7; // RFC 2865 §5.7
    public static final int FRAMED_IP_ADDRESS = 8; // RFC 2865 §5.8
    public static final int FRAMED_IP_NETMASK = 9; // RFC 2865 §5.9
    public static final int FILTER_ID = 11; // RFC 2865 §5.11
    public static final int REPLY_MESSAGE = 18; // RFC 2865 §5.18
    public static final int STATE = 24; // RFC 2865 §5.24
    public static final int CLASS = 25; // RFC 2865 §5.25
    public static final int VENDOR_SPECIFIC = 26; // RFC 2865 §5.26
    public static final int SESSION_TIMEOUT = 27; // RFC 2865 §5.27
    public static final int IDLE_TIMEOUT = 28; // RFC 2865 §5.28
    public static final int CALLED_STATION_ID =
            30; // RFC 2865 §5.30, the APN on a GGSN/PGW (3GPP TS 29.061 clause 16.4)
    public static final int CALLING_STATION_ID = 31; // RFC 2865 §5.31, the MSISDN on a GGSN/PGW
    public static final int NAS_IDENTIFIER = 32; // RFC 2865 §5.32
    public static final int PROXY_STATE = 33; // RFC 2865 §5.33
    public static final int ACCT_STATUS_TYPE = 40; // RFC 2866 §5.1
    public static final int ACCT_DELAY_TIME = 41; // RFC 2866 §5.2
    public static final int ACCT_INPUT_OCTETS = 42; // RFC 2866 §5.3
    public static final int ACCT_OUTPUT_OCTETS = 43; // RFC 2866 §5.4
    public static final int ACCT_SESSION_ID = 44; // RFC 2866 §5.5
    public static final int ACCT_AUTHENTIC = 45; // RFC 2866 §5.6
    public static final int ACCT_SESSION_TIME = 46; // RFC 2866 §5.7
    public static final int ACCT_INPUT_PACKETS = 47; // RFC 2866 §5.8
    public static final int ACCT_OUTPUT_PACKETS = 48; // RFC 2866 §5.9
    public static final int ACCT_TERMINATE_CAUSE = 49; // RFC 2866 §5.10
    public static final int ACCT_MULTI_SESSION_ID = 50; // RFC 2866 §5.11
    public static final int ACCT_INPUT_GIGAWORDS = 52; // RFC 2869 §5.1
    public static final int ACCT_OUTPUT_GIGAWORDS = 53; // RFC 2869 §5.2
    public static final int EVENT_TIMESTAMP = 55; // RFC 2869 §5.3
    public static final int NAS_PORT_TYPE = 61; // RFC 2865 §5.41
    public static final int ACCT_INTERIM_INTERVAL = 85; // RFC 2869 §5.16
    public static final int MESSAGE_AUTHENTICATOR = 80; // RFC 3579 §3.2
    public static final int ERROR_CAUSE = 101; // RFC 5176 §3.5

    private AttributeType() {}
}
