package org.simfleet.app.tenant;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The caller an {@code Authorization: Bearer <auth_token>} header names: the token verified, its subject read (or
 * remembered, see {@link CallerLookup}). Shared by the API's security chain and the SMS send path that runs ahead of
 * it, so both accept and refuse exactly the same tokens.
 */
@Component
public class BearerCallers {

    private final AuthTokens tokens;
    private final CallerLookup callers;

    BearerCallers(AuthTokens tokens, CallerLookup callers) {
        this.tokens = tokens;
        this.callers = callers;
    }

    /** Whether the header is a bearer credential at all (else the request is anonymous, not refused). */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The caller of a bearer header; empty when its token is forged, expired or its subject revoked. */
    public Optional<Caller> find(String authorization, String sourceIp) {
        return tokens.verify(authorization.substring(7).strip()).flatMap(subject -> callers.find(subject, sourceIp));
    }
}
