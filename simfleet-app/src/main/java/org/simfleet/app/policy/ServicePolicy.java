package org.simfleet.app.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the devices on a service policy may do: data and SMS in each direction, the radio types and
 * APNs allowed, the DNS servers handed out, monthly limits (null means unlimited) and how often the
 * packet gateway reports usage. Also the API's answer, so nulls are written out rather than dropped.
 *
 * @param interimIntervalSeconds the RADIUS Acct-Interim-Interval (RFC 2869 §5.16) sent to the gateway
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServicePolicy(
        long id,
        String name,
        boolean dataAllowed,
        boolean smsMoAllowed,
        boolean smsMtAllowed,
        Set<RatType> ratTypes,
        List<String> apns,
        List<String> dnsServers,
        Long dataLimitBytes,
        Integer smsLimit,
        int interimIntervalSeconds,
        Instant createdAt,
        Instant updatedAt) {

    public ServicePolicy {
        ratTypes = Collections.unmodifiableSet(
                ratTypes.isEmpty() ? EnumSet.noneOf(RatType.class) : EnumSet.copyOf(ratTypes));
        apns = List.copyOf(apns);
        dnsServers = List.copyOf(dnsServers);
    }

    public boolean allows(RatType rat) {
        return ratTypes.contains(rat);
    }

    /** Whether a data session to this APN Network Identifier may start; APNs compare without case (TS 23.003 §9.1.1). */
    public boolean allowsApn(String networkIdentifier) {
        return dataAllowed && apns.contains(networkIdentifier.strip().toLowerCase(Locale.ROOT));
    }
}
