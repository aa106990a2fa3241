package org.simfleet.app.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.Validation;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.tenant.Caller;

/**
 * Which SIMs a bulk state change takes: exactly one of a list of ICCIDs, a batch's BIC or a search
 * filter. A scheduled change keeps it as JSON text and resolves it when it runs, so a filter takes the
 * SIMs that match at that time.
 */
record Selector(List<String> iccids, String bic, SimFilter.Raw filter) {

    static Selector ofIccid(String iccid) {
        return new Selector(List.of(iccid), null, null);
    }

    /** This selector with its ICCIDs normalised; every problem is added to {@code errors}. */
    Selector check(Caller caller, InputErrors errors) {
        int given = (iccids != null ? 1 : 0) + (bic != null ? 1 : 0) + (filter != null ? 1 : 0);
        if (given != 1) {
            errors.add(-1, "body", "must give exactly one of iccids, bic or filter");
        }
        if (bic != null && (bic.isBlank() || bic.length() > 64)) {
            errors.add(-1, "bic", "must be 1 to 64 characters");
        }
        if (filter != null) {
            Validation v = new Validation();
            SimFilter.parse(filter, caller, v, "filter.");
            v.errors().forEach(e -> errors.add(-1, e.field(), e.reason()));
        }
        return new Selector(iccids == null ? null : checkedIccids(errors), bic == null ? null : bic.strip(), filter);
    }

    private List<String> checkedIccids(InputErrors errors) {
        if (iccids.isEmpty()) {
            errors.add(-1, "iccids", "must list at least one ICCID");
        }
        if (iccids.size() > SimTargets.MAX_SIMS) {
            errors.add(-1, "iccids", "at most " + SimTargets.MAX_SIMS + " ICCIDs per request");
            return iccids;
        }
        List<String> checked = new ArrayList<>(iccids.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < iccids.size(); i++) {
            try {
                String iccid = Iccid.of(iccids.get(i)).value();
                Integer first = seen.putIfAbsent(iccid, i);
                if (first != null) {
                    errors.add(i, "iccids[" + i + "]", "repeats iccids[" + first + "]");
                }
                checked.add(iccid);
            } catch (IllegalArgumentException e) {
                errors.add(i, "iccids[" + i + "]", e.getMessage());
            }
        }
        return checked;
    }
}
