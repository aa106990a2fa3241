package org.simfleet.app.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.simfleet.app.api.Validation;

/**
 * A service policy as a POST or PATCH carries it. A null field takes its default: every service and
 * radio type allowed, no APN, no DNS server, no limit, a 600 s interim interval.
 */
record ServicePolicyRequest(
        String name,
        Boolean dataAllowed,
        Boolean smsMoAllowed,
        Boolean smsMtAllowed,
        List<String> ratTypes,
        List<String> apns,
        List<String> dnsServers,
        Long dataLimitBytes,
        Long smsLimit,
        Long interimIntervalSeconds) {

    /** A gateway may not be asked for interim updates more often than once a minute (RFC 2869 §5.16). */
    static final int MIN_INTERIM = 60;

    static final int MAX_INTERIM = 86_400;
    static final int DEFAULT_INTERIM = 600;
    /** 16 APNs of at most 100 characters fit the stored text's 2,000 characters. */
    static final int MAX_APNS = 16;
    /** The gateway hands a device a primary and a secondary DNS server; more would never be used. */
    static final int MAX_DNS = 2;

    static ServicePolicyRequest of(ServicePolicy p) {
        return new ServicePolicyRequest(
                p.name(),
                p.dataAllowed(),
                p.smsMoAllowed(),
                p.smsMtAllowed(),
                p.ratTypes().stream().map(RatType::label).toList(),
                p.apns(),
                p.dnsServers(),
                p.dataLimitBytes(),
                p.smsLimit() == null ? null : p.smsLimit().longValue(),
                (long) p.interimIntervalSeconds());
    }

    /** Checks every field and answers all that is wrong at once (422), or the values to store. */
    ServicePolicySettings validate() {
        Validation v = new Validation();
        String cleanName = v.requiredText("name", name, 200);
        boolean data = dataAllowed == null || dataAllowed;
        Set<RatType> rats = rats(v);
        List<String> cleanApns = ListField.distinct(v, "apns", apns, MAX_APNS, ApnName::normalise);
        if (data && (apns == null || apns.isEmpty())) {
            v.reject("apns", "must name at least one APN while data_allowed is true, e.g. [\"iot\"]");
        }
        List<String> dns = ListField.distinct(v, "dns_servers", dnsServers, MAX_DNS, raw -> {
            String ip = IpLiteral.canonical(raw);
            if (IpLiteral.isUnspecified(ip)) {
                throw new IllegalArgumentException("is the unspecified address, which cannot be a server");
            }
            return ip;
        });
        v.require(
                dataLimitBytes == null || dataLimitBytes >= 0,
                "data_limit_bytes",
                "must be 0 or more, or null for unlimited");
        v.require(
                smsLimit == null || (smsLimit >= 0 && smsLimit <= Integer.MAX_VALUE),
                "sms_limit",
                "must be between 0 and " + Integer.MAX_VALUE + ", or null for unlimited");
        long interim = interimIntervalSeconds == null ? DEFAULT_INTERIM : interimIntervalSeconds;
        v.require(
                interim >= MIN_INTERIM && interim <= MAX_INTERIM,
                "interim_interval_seconds",
                "must be between " + MIN_INTERIM + " (RFC 2869 §5.16) and " + MAX_INTERIM + " seconds");
        v.throwIfInvalid();
        return new ServicePolicySettings(
                cleanName,
                data,
                smsMoAllowed == null || smsMoAllowed,
                smsMtAllowed == null || smsMtAllowed,
                rats,
                cleanApns,
                dns,
                dataLimitBytes,
                smsLimit == null ? null : smsLimit.intValue(),
                (int) interim);
    }

    private Set<RatType> rats(Validation v) {
        if (ratTypes == null) {
            return EnumSet.allOf(RatType.class);
        }
        if (ratTypes.isEmpty()) {
            v.reject("rat_types", "must name at least one radio type of " + RatType.labels());
        }
        List<String> labels =
                ListField.distinct(v, "rat_types", ratTypes, RatType.values().length, raw -> RatType.byLabel(raw)
                        .map(RatType::label)
                        .orElseThrow(() -> new IllegalArgumentException("must be one of " + RatType.labels())));
        Set<RatType> out = EnumSet.noneOf(RatType.class);
        labels.forEach(l -> out.add(RatType.byLabel(l).orElseThrow()));
        return out;
    }
}
