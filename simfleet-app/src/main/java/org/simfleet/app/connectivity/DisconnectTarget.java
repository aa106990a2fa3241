package org.simfleet.app.connectivity;

import java.util.UUID;

/**
 * One open data session to end, with what RFC 5176 §3 lets a gateway identify it by (User-Name, Acct-Session-Id,
 * Framed-IP-Address) and what the resulting event is filed under.
 */
record DisconnectTarget(
        UUID sessionId,
        long orgId,
        Long simId,
        Long endpointId,
        String gatewayAddress,
        String acctSessionId,
        String userName,
        String framedIp) {}
