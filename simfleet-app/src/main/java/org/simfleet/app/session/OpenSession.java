package org.simfleet.app.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A data session the gateway has not closed: what the connectivity status shows and what a Disconnect-Request
 * (RFC 5176 §3) names to end it (the gateway by address, the session by Acct-Session-Id and User-Name).
 */
public record OpenSession(
        UUID id,
        String gatewayAddress,
        String acctSessionId,
        String userName,
        String imsi,
        String framedIp,
        String apn,
        String ratType,
        String mcc,
        String mnc,
        Instant startedAt) {}
