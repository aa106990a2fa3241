package org.simfleet.radius.codec;

/** RADIUS packet codes (IANA "RADIUS Packet Type Codes"; RFC 2865 §3, RFC 2866 §3, RFC 5176 §2). */
public final class PacketCode {
    public static final int ACCESS_REQUEST = 1;
    public static final int ACCESS_ACCEPT = 2;
    public static final int ACCESS_REJECT = 3;
    public static final int ACCOUNTING_REQUEST = 4;
    public static final int ACCOUNTING_RESPONSE = 5;
    public static final int ACCESS_CHALLENGE = 11;
    public static final int DISCONNECT_REQUEST = 40;
    public static final int DISCONNECT_ACK = 41;
    public static final int DISCONNECT_NAK = 42;
    public static final int COA_REQUEST = 43;
    public static final int COA_ACK = 44;
    public static final int COA_NAK = 45;

    private PacketCode() {}

    /** The RFC name of a code, for logs and test messages. */
    public static String name(int code) {
        return switch (code) {
            case ACCESS_REQUEST -> "Access-Request";
            case ACCESS_ACCEPT -> "Access-Accept";
            case ACCESS_REJECT -> "Access-Reject";
            case ACCOUNTING_REQUEST -> "Accounting-Request";
            case ACCOUNTING_RESPONSE -> "Accounting-Response";
            case ACCESS_CHALLENGE -> "Access-Challenge";
            case DISCONNECT_REQUEST -> "Disconnect-Request";
            case DISCONNECT_ACK -> "Disconnect-ACK";
            case DISCONNECT_NAK -> "Disconnect-NAK";
            case COA_REQUEST -> "CoA-Request";
            case COA_ACK -> "CoA-ACK";
            case COA_NAK -> "CoA-NAK";
            default -> "Code-" + code;
        };
    }
}
