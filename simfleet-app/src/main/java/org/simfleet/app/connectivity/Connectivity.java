package org.simfleet.app.connectivity;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One endpoint's or SIM's connectivity as the API shows it.
 *
 * @param since when the current status began: the session start when ONLINE, the registration when ATTACHED
 * @param blockedReason why the device cannot connect when BLOCKED
 * @param registration the HLR's last view of the SIM, whatever the status
 * @param session the newest open data session when ONLINE
 */
public record Connectivity(
        ConnectivityStatus status,
        Long endpointId,
        Long simId,
        String iccid,
        OffsetDateTime since,
        String blockedReason,
        Registration registration,
        Session session) {

    /** Where the SIM is registered (Update Location / Update GPRS Location). */
    public record Registration(
            boolean attached,
            String domain,
            String mcc,
            String mnc,
            String country,
            String ratType,
            String node,
            Integer lac,
            Integer tac,
            Long cellId,
            String blockedReason,
            OffsetDateTime since,
            OffsetDateTime updatedAt) {}

    /** The data session that makes the endpoint ONLINE. */
    public record Session(
            UUID id,
            String gateway,
            String ipAddress,
            String apn,
            String ratType,
            String mcc,
            String mnc,
            String country,
            OffsetDateTime startedAt,
            OffsetDateTime lastUpdateAt) {}
}
