package org.simfleet.app.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An endpoint's validated fields, ready to store; also what the audit log compares.
 *
 * @param tags sorted, so that the same set in another order is no change
 * @param ipAddress as requested (null: let Simfleet choose), then as assigned
 */
record EndpointSettings(
        String name,
        List<String> tags,
        String imei,
        boolean imeiLock,
        EndpointStatus status,
        String ipAddress,
        Long servicePolicyId,
        Long coveragePolicyId,
        String simIccid) {

    static EndpointSettings of(Endpoint e) {
        return new EndpointSettings(
                e.name(),
                e.tags(),
                e.imei(),
                e.imeiLock(),
                e.status(),
                e.ipAddress(),
                e.servicePolicy().id(),
                e.coveragePolicy().id(),
                e.sim() == null ? null : e.sim().iccid());
    }

    EndpointSettings withIpAddress(String assigned) {
        return new EndpointSettings(
                name, tags, imei, imeiLock, status, assigned, servicePolicyId, coveragePolicyId, simIccid);
    }

    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("tags", tags);
        f.put("imei", imei);
        f.put("imei_lock", imeiLock);
        f.put("status", status);
        f.put("ip_address", ipAddress);
        f.put("service_policy_id", servicePolicyId);
        f.put("coverage_policy_id", coveragePolicyId);
        f.put("sim_iccid", simIccid);
        return f;
    }
}
