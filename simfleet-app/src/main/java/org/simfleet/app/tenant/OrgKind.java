package org.simfleet.app.tenant;

/** The platform operator owns the SIM inventory; customers own the SIMs they registered. */
public enum OrgKind {
    OPERATOR,
    CUSTOMER
}
