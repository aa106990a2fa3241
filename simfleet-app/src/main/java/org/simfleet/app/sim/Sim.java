package org.simfleet.app.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A SIM as the API shows it. Every field is always present, null included, so clients see one shape
 * whether or not a SIM has an MSISDN, an owner or an endpoint.
 *
 * @param organisationId the owning customer; null while the SIM is in the operator's inventory
 * @param endpoint the endpoint the SIM is assigned to, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Sim(
        String iccid,
        String imsi,
        String msisdn,
        FormFactor formFactor,
        QualityGrade qualityGrade,
        SimState state,
        boolean passesTraffic,
        String bic,
        Long organisationId,
        EndpointRef endpoint,
        Instant stateChangedAt,
        Instant createdAt) {

    public record EndpointRef(long id, String name) {}
}
