package org.simfleet.app.policy;

import java.util.List;
import org.simfleet.app.api.Validation;

/** A coverage policy as a POST or PATCH carries it; a null list means an empty one. */
record CoveragePolicyRequest(String name, List<String> allowedCountries, List<String> blockedOperators) {

    /** Fewer than 300 Mobile Country Codes are allocated (ITU-T E.212 Annex list). */
    static final int MAX_COUNTRIES = 300;
    /** 500 "MCC-MNC" codes of at most 7 characters fit the stored text's 4,000 characters. */
    static final int MAX_OPERATORS = 500;

    static CoveragePolicyRequest of(CoveragePolicy p) {
        return new CoveragePolicyRequest(p.name(), p.allowedCountries(), p.blockedOperators());
    }

    /** Checks every field and each list element by its index, answering all that is wrong at once (422). */
    CoveragePolicySettings validate() {
        Validation v = new Validation();
        String cleanName = v.requiredText("name", name, 200);
        List<String> countries = ListField.distinct(v, "allowed_countries", allowedCountries, MAX_COUNTRIES, raw -> {
            String mcc = raw.strip();
            if (!mcc.matches("\\d{3}")) {
                throw new IllegalArgumentException(
                        "must be a Mobile Country Code of exactly 3 digits (ITU-T E.212), e.g. \"262\"");
            }
            return mcc;
        });
        List<String> operators = ListField.distinct(v, "blocked_operators", blockedOperators, MAX_OPERATORS, raw -> {
            String plmn = raw.strip();
            // the MNC's length is part of the network's identity: 262-01 and 262-001 differ (TS 23.003 §2.2)
            if (!plmn.matches("\\d{3}-\\d{2,3}")) {
                throw new IllegalArgumentException(
                        "must be \"MCC-MNC\": a 3-digit MCC, a hyphen and a 2- or 3-digit MNC, e.g. \"262-01\"");
            }
            return plmn;
        });
        v.throwIfInvalid();
        return new CoveragePolicySettings(cleanName, countries, operators);
    }
}
