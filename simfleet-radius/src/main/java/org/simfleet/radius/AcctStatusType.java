package org.simfleet.radius;

/** The Acct-Status-Type values a packet gateway sends (RFC 2866 §5.1). */
public enum AcctStatusType {
    START(1),
    STOP(2),
    /** "Interim-Update", added by RFC 2869 §2.1. */
    INTERIM_UPDATE(3),
    /** The gateway restarted: every session it had is gone. */
    ACCOUNTING_ON(7),
    /** The gateway is shutting down: every session it has ends. */
    ACCOUNTING_OFF(8);

    private final int code;

    AcctStatusType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code, or {@code null} for another one (Failed, tunnel types, vendor values). */
    public static AcctStatusType of(long code) {
        for (AcctStatusType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
