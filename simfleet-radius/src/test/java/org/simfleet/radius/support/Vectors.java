package org.simfleet.radius.support;

import java.nio.charset.StandardCharsets;

/**
 * Packets from outside this library: the worked examples of RFC 2865 §7, and datagrams FreeRADIUS's radclient 3.2.1
 * sent to a plain UDP socket (captured once with {@code radclient -f file 127.0.0.1:port auth|acct|disconnect
 * testing123}), so our verifiers are checked against an independent implementation, not against themselves.
 */
public final class Vectors {
    /** RFC 2865 §7: "The shared secret is 'xyzzy5461'." */
    public static final byte[] RFC_SECRET = "xyzzy5461".getBytes(StandardCharsets.US_ASCII);

    /** RFC 2865 §7.1: Access-Request from NAS 192.168.1.16 port 3, User-Name "nemo", password "arctangent". */
    public static final String RFC_7_1_ACCESS_REQUEST =
            """
            01 00 00 38 0f 40 3f 94 73 97 80 57 bd 83 d5 cb
            98 f4 22 7a 01 06 6e 65 6d 6f 02 12 0d be 70 8d
            93 d4 13 ce 31 96 e4 3f 78 2a 0a ee 04 06 c0 a8
            01 10 05 06 00 00 00 03""";

    /** RFC 2865 §7.1: the Access-Accept: Service-Type Login, Login-Service Telnet, Login-IP-Host 192.168.1.3. */
    public static final String RFC_7_1_ACCESS_ACCEPT =
            """
            02 00 00 26 86 fe 22 0e 76 24 ba 2a 10 05 f6 bf
            9b 55 e0 b2 06 06 00 00 00 01 0f 06 00 00 00 00
            0e 06 c0 a8 01 03""";

    /** RFC 2865 §7.2: Access-Request with CHAP, User-Name "flopsy", NAS-Port 20, Framed/PPP. */
    public static final String RFC_7_2_ACCESS_REQUEST =
            """
            01 01 00 47 2a ee 86 f0 8d 0d 55 96 9c a5 97 8e
            0d 33 67 a2 01 08 66 6c 6f 70 73 79 03 13 16 e9
            75 57 c3 16 18 58 95 f2 93 ff 63 44 07 72 75 04
            06 c0 a8 01 10 05 06 00 00 00 14 06 06 00 00 00
            02 07 06 00 00 00 01""";

    /** The secret of every radclient capture. */
    public static final byte[] RADCLIENT_SECRET = "testing123".getBytes(StandardCharsets.US_ASCII);

    /**
     * radclient Access-Request, Id 96: User-Name "001010123456789", User-Password "secret", Calling-Station-Id
     * "491701234567", Called-Station-Id "iot.simfleet", NAS-IP-Address 10.0.0.1, 3GPP-IMSI "262011234567890",
     * 3GPP-RAT-Type EUTRAN, 3GPP-User-Location-Info 0x8262f210123462f21001a2b3c4, 3GPP-MS-Time-Zone 0x8001, and a
     * Message-Authenticator radclient computed (placed last, as radclient does).
     */
    public static final String RADCLIENT_ACCESS_REQUEST =
            "016000aa7114c770ab11371a96ab8ad77efb8d650111303031303130313233343536373839021255eac1c679ec7681f676781e"
                    + "2de62b641f0e3439313730313233343536371e0e696f742e73696d666c65657404060a0000011a17000028af01113236"
                    + "323031313233343536373839301a09000028af1503061a15000028af160f8262f210123462f21001a2b3c41a0a000028"
                    + "af17048001501280ceaa18b948d87b1d02a928ca0ace4b";

    /**
     * radclient Accounting-Request, Id 236: Interim-Update, Acct-Session-Id "4f2a0001", User-Name, Calling-Station-Id,
     * Framed-IP-Address 10.45.0.7, Acct-Input-Octets 1000, Acct-Output-Octets 2000, Acct-Input-Gigawords 1,
     * Acct-Session-Time 600, 3GPP-IMSI, 3GPP-Charging-ID 305419896, 3GPP-SGSN-Address 192.0.2.10,
     * 3GPP-IMSI-MCC-MNC "26201".
     */
    public static final String RADCLIENT_ACCOUNTING_REQUEST =
            "04ec009d9100c7344581759e00ba25a27268b8c42806000000032c0a3466326130303031011130303130313031323334353637"
                    + "38391f0e34393137303132333435363708060a2d00072a06000003e82b06000007d03406000000012e06000002581a17"
                    + "000028af01113236323031313233343536373839301a0c000028af0206123456781a0c000028af0606c000020a1a0d00"
                    + "0028af08073236323031";

    /**
     * radclient Disconnect-Request, Id 31: User-Name "001010123456789", Acct-Session-Id "4f2a0001",
     * Framed-IP-Address 10.45.0.7 and a Message-Authenticator, computed with a zero authenticator (RFC 5176 §3.4).
     */
    public static final String RADCLIENT_DISCONNECT_REQUEST =
            "281f0047a2e37b5d686cf862ee4ce65ffeb1b3ef01113030313031303132333435363738392c0a346632613030303108060a2d"
                    + "0007501295b1281f081b526a92ab8ac0beaee53f";

    private Vectors() {}
}
