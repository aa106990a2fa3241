package org.simfleet.app.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A coverage policy's validated fields, ready to store; also what the audit log compares. */
record CoveragePolicySettings(String name, List<String> allowedCountries, List<String> blockedOperators) {

    static CoveragePolicySettings of(CoveragePolicy p) {
        return new CoveragePolicySettings(p.name(), p.allowedCountries(), p.blockedOperators());
    }

    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("allowed_countries", allowedCountries);
        f.put("blocked_operators", blockedOperators);
        return f;
    }
}
