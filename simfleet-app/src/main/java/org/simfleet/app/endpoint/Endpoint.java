package org.simfleet.app.endpoint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An endpoint as the API shows it; {@code imei}, {@code ipAddress} and {@code sim} are written out as null when unset.
 *
 * @param ipAddress the static IPv4 address the endpoint holds from its organisation's pool, null without a pool
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Endpoint(
        long id,
        String name,
        List<String> tags,
        String imei,
        boolean imeiLock,
        EndpointStatus status,
        String ipAddress,
        PolicyRef servicePolicy,
        PolicyRef coveragePolicy,
        SimRef sim,
        Instant createdAt,
        Instant updatedAt) {

    public Endpoint {
        tags = List.copyOf(tags);
    }

    public record PolicyRef(long id, String name) {}

    /** The assigned SIM; its database id stays internal, the ICCID is what users know a SIM by. */
    public record SimRef(@JsonIgnore long id, String iccid, String state) {}

    Endpoint withTags(List<String> newTags) {
        return new Endpoint(
                id,
                name,
                newTags,
                imei,
                imeiLock,
                status,
                ipAddress,
                servicePolicy,
                coveragePolicy,
                sim,
                createdAt,
                updatedAt);
    }
}
