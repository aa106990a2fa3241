package org.simfleet.app.endpoint;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.simfleet.app.api.Validation;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.kernel.Imei;
import org.simfleet.app.kernel.Ipv4Address;

/**
 * An endpoint as a POST or PATCH carries it. Defaults: no tags, no IMEI, no lock, ENABLED, no SIM, and the
 * lowest free address of the organisation's pool (when it has one); the two policies have none and must be named.
 */
record EndpointRequest(
        String name,
        List<String> tags,
        String imei,
        Boolean imeiLock,
        String status,
        String ipAddress,
        Long servicePolicyId,
        Long coveragePolicyId,
        String simIccid) {

    static final int MAX_TAGS = 20;
    /** Tags are filter keys in URLs and in streamed events: no spaces, commas or characters that need escaping. */
    static final Pattern TAG = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    static EndpointRequest of(Endpoint e) {
        EndpointSettings s = EndpointSettings.of(e);
        return new EndpointRequest(
                s.name(),
                s.tags(),
                s.imei(),
                s.imeiLock(),
                s.status().name(),
                s.ipAddress(),
                s.servicePolicyId(),
                s.coveragePolicyId(),
                s.simIccid());
    }

    /**
     * Checks the fields that need no database, adding what is wrong to {@code v}; the policies and the
     * SIM are checked against the organisation by {@link EndpointChecks}.
     */
    EndpointSettings validate(Validation v) {
        String cleanName = v.requiredText("name", name, 200);
        String cleanImei = v.parse("imei", imei, raw -> Imei.of(raw).value());
        boolean lock = imeiLock != null && imeiLock;
        // IMEI lock ties the SIM to one device (emnify "IMEI Lock"), so it needs the device's IMEI
        v.require(
                !lock || imei != null,
                "imei_lock",
                "needs an imei: set imei to the device's IMEI to lock the SIM to it");
        EndpointStatus cleanStatus =
                Validation.parseEnum(v, "status", status == null ? "ENABLED" : status, EndpointStatus.class);
        String cleanIp =
                v.parse("ip_address", ipAddress, raw -> Ipv4Address.of(raw).toString());
        v.required("service_policy_id", servicePolicyId);
        v.required("coverage_policy_id", coveragePolicyId);
        String cleanIccid = v.parse("sim_iccid", simIccid, raw -> Iccid.of(raw).value());
        return new EndpointSettings(
                cleanName,
                tags(v),
                cleanImei,
                lock,
                cleanStatus,
                cleanIp,
                servicePolicyId,
                coveragePolicyId,
                cleanIccid);
    }

    private List<String> tags(Validation v) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            v.reject("tags", "must have at most " + MAX_TAGS + " tags, has " + tags.size());
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || !TAG.matcher(tag).matches()) {
                v.reject("tags[" + i + "]", "must be 1 to 64 letters, digits or any of _ . : -");
            } else if (!out.add(tag)) {
                v.reject("tags[" + i + "]", "repeats '" + tag + "'");
            }
        }
        return List.copyOf(out);
    }
}
