package org.simfleet.app.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An endpoint's validated fields, ready to store; also what the audit log compares.
 *
 * @param tags sorted, so that the same set in another order is no change
 */
record EndpointSettings(
        String name,
        List<String> tags,
        String imei,
        boolean imeiLock,
        EndpointStatus status,
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
                e.servicePolicy().id(),
                e.coveragePolicy().id(),
                e.sim() == null ? null : e.sim().iccid());
    }

    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("tags", tags);
        f.put("imei", imei);
        f.put("imei_lock", imeiLock);
        f.put("status", status);
        f.put("service_policy_id", servicePolicyId);
        f.put("coverage_policy_id", coveragePolicyId);
        f.put("sim_iccid", simIccid);
        return f;
    }
}
