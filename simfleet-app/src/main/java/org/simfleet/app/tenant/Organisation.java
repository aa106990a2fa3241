package org.simfleet.app.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An organisation as the API shows it.
 *
 * @param ipPool the IPv4 block (CIDR) its endpoints get static addresses from; written out as null when unset
 */
record Organisation(
        long id,
        String name,
        OrgKind kind,
        Long parentId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String ipPool,
        Instant createdAt) {}
