package org.simfleet.app.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Where the devices on a coverage policy may attach: the countries by Mobile Country Code (ITU-T
 * E.212), an empty list meaning worldwide, minus the networks on the operator blacklist, each named
 * "MCC-MNC" (e.g. "262-01"). Also the API's answer.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CoveragePolicy(
        long id,
        String name,
        List<String> allowedCountries,
        List<String> blockedOperators,
        Instant createdAt,
        Instant updatedAt) {

    public CoveragePolicy {
        allowedCountries = List.copyOf(allowedCountries);
        blockedOperators = List.copyOf(blockedOperators);
    }

    /**
     * Whether a device may attach to the network {@code mcc}/{@code mnc}. The MNC is compared as given:
     * "262-01" and "262-001" are different networks, because the MNC's length is part of it (3GPP TS 23.003 §2.2).
     */
    public boolean allowsNetwork(String mcc, String mnc) {
        return (allowedCountries.isEmpty() || allowedCountries.contains(mcc))
                && !blockedOperators.contains(mcc + "-" + mnc);
    }
}
