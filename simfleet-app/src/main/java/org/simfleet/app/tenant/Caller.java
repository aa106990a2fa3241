package org.simfleet.app.tenant;

import org.simfleet.app.api.ApiException;

/**
 * Who is making a request, resolved once per request from its bearer token: the organisation every
 * query is scoped to, the role, and the identity written into audit entries.
 *
 * @param actorType USER, TOKEN or SYSTEM (scheduled work, demo seeding)
 * @param sourceIp the client address, for the audit log; null for system work
 */
public record Caller(
        long orgId, OrgKind orgKind, Role role, String actorType, Long actorId, String actorName, String sourceIp) {

    public static Caller system(long orgId, OrgKind kind, String what) {
        return new Caller(orgId, kind, Role.ADMIN, "SYSTEM", null, what, null);
    }

    public boolean isOperator() {
        return orgKind == OrgKind.OPERATOR;
    }

    /** Throws 403 unless the caller may change things; READ_ONLY never may. */
    public void requireWrite() {
        if (!role.canWrite()) {
            throw ApiException.forbidden("Role " + role + " cannot change anything");
        }
    }

    public void requireAdmin() {
        if (role != Role.ADMIN) {
            throw ApiException.forbidden("Only an ADMIN of the organisation can do this; your role is " + role);
        }
    }

    public void requireOperator() {
        if (!isOperator()) {
            throw ApiException.forbidden("Only the platform operator can do this");
        }
    }

    public Caller withSourceIp(String ip) {
        return new Caller(orgId, orgKind, role, actorType, actorId, actorName, ip);
    }
}
