package org.simfleet.app.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A service policy's validated fields, ready to store; also what the audit log compares. */
record ServicePolicySettings(
        String name,
        boolean dataAllowed,
        boolean smsMoAllowed,
        boolean smsMtAllowed,
        Set<RatType> ratTypes,
        List<String> apns,
        List<String> dnsServers,
        Long dataLimitBytes,
        Integer smsLimit,
        int interimIntervalSeconds) {

    static ServicePolicySettings of(ServicePolicy p) {
        return new ServicePolicySettings(
                p.name(),
                p.dataAllowed(),
                p.smsMoAllowed(),
                p.smsMtAllowed(),
                p.ratTypes(),
                p.apns(),
                p.dnsServers(),
                p.dataLimitBytes(),
                p.smsLimit(),
                p.interimIntervalSeconds());
    }

    /** The fields by their API names, in API order, for the audit log. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("data_allowed", dataAllowed);
        f.put("sms_mo_allowed", smsMoAllowed);
        f.put("sms_mt_allowed", smsMtAllowed);
        f.put("rat_types", ratTypes.stream().map(RatType::label).toList());
        f.put("apns", apns);
        f.put("dns_servers", dnsServers);
        f.put("data_limit_bytes", dataLimitBytes);
        f.put("sms_limit", smsLimit);
        f.put("interim_interval_seconds", interimIntervalSeconds);
        return f;
    }
}
