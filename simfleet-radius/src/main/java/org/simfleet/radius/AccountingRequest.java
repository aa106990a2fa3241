package org.simfleet.radius;

import java.net.InetSocketAddress;
import java.time.Instant;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.RadiusPacket;

/** An authenticated Accounting-Request (RFC 2866 §4.1): its Request Authenticator has already been verified. */
public final class AccountingRequest extends RadiusRequest {
    /**
     * Wraps a parsed Accounting-Request. The server builds these; the constructor is public so applications can test
     * their {@link AccountingHandler} with packets of their own.
     */
    public AccountingRequest(RadiusPacket packet, NasClient nas, InetSocketAddress source) {
        super(packet, nas, source);
    }

    /** Start, Stop, Interim-Update, Accounting-On/Off, or {@code null} (see {@link #statusTypeCode()}). */
    public AcctStatusType statusType() {
        return AcctStatusType.of(packet().integer(AttributeType.ACCT_STATUS_TYPE));
    }

    public Long statusTypeCode() {
        return boxed(packet().integer(AttributeType.ACCT_STATUS_TYPE));
    }

    /** Acct-Session-Id: with the NAS it names one session (RFC 2866 §5.5). */
    public String sessionId() {
        return packet().string(AttributeType.ACCT_SESSION_ID);
    }

    public String multiSessionId() {
        return packet().string(AttributeType.ACCT_MULTI_SESSION_ID);
    }

    /** Octets from the device (uplink): Acct-Input-Gigawords × 2^32 + Acct-Input-Octets (RFC 2869 §5.1); 0 if absent. */
    public long inputOctets() {
        return octets(AttributeType.ACCT_INPUT_OCTETS, AttributeType.ACCT_INPUT_GIGAWORDS);
    }

    /** Octets to the device (downlink), combined with Acct-Output-Gigawords likewise; 0 if absent. */
    public long outputOctets() {
        return octets(AttributeType.ACCT_OUTPUT_OCTETS, AttributeType.ACCT_OUTPUT_GIGAWORDS);
    }

    /** Acct-Input-Packets; 0 if absent. */
    public long inputPackets() {
        return Math.max(0, packet().integer(AttributeType.ACCT_INPUT_PACKETS));
    }

    /** Acct-Output-Packets; 0 if absent. */
    public long outputPackets() {
        return Math.max(0, packet().integer(AttributeType.ACCT_OUTPUT_PACKETS));
    }

    /** Acct-Session-Time in seconds, or {@code null}. */
    public Long sessionTime() {
        return boxed(packet().integer(AttributeType.ACCT_SESSION_TIME));
    }

    /** Acct-Terminate-Cause (RFC 2866 §5.10: 1 User Request, 4 Idle Timeout, 5 Session Timeout…), or {@code null}. */
    public Long terminateCause() {
        return boxed(packet().integer(AttributeType.ACCT_TERMINATE_CAUSE));
    }

    /**
     * Acct-Delay-Time in seconds, or {@code null}: how long the gateway held the record before this send, so the
     * event happened that long before it arrived (RFC 2866 §5.2).
     */
    public Long delayTime() {
        return boxed(packet().integer(AttributeType.ACCT_DELAY_TIME));
    }

    /** Event-Timestamp (seconds since 1970-01-01 UTC, RFC 2869 §5.3), or {@code null}. */
    public Instant eventTimestamp() {
        long seconds = packet().integer(AttributeType.EVENT_TIMESTAMP);
        return seconds < 0 ? null : Instant.ofEpochSecond(seconds);
    }

    private long octets(int octetsType, int gigawordsType) {
        long low = Math.max(0, packet().integer(octetsType));
        long high = Math.max(0, packet().integer(gigawordsType));
        return (high << 32) | low;
    }
}
