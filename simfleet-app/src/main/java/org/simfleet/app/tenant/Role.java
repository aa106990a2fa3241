package org.simfleet.app.tenant;

/**
 * What a user or token may do inside its organisation: ADMIN manages users, tokens, policies and
 * terminations; USER changes SIM states and endpoints; READ_ONLY reads (Jasper's ACCOUNTUSER /
 * ACCOUNTREADONLY split).
 */
public enum Role {
    ADMIN,
    USER,
    READ_ONLY;

    public boolean canWrite() {
        return this != READ_ONLY;
    }
}
