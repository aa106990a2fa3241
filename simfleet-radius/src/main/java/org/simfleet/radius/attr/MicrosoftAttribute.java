package org.simfleet.radius.attr;

/**
 * The Microsoft vendor attributes (vendor 311) a GGSN/PGW reads the DNS servers for a PDP context from: RFC 2548
 * MS-Primary-DNS-Server (28) and MS-Secondary-DNS-Server (29), each a 4-octet IPv4 address.
 */
public final class MicrosoftAttribute {
    /** IANA "SMI Network Management Private Enterprise Codes": Microsoft. */
    public static final int VENDOR_ID = 311;

    public static final int PRIMARY_DNS_SERVER = 28;
    public static final int SECONDARY_DNS_SERVER = 29;

    private MicrosoftAttribute() {}
}
