package org.simfleet.app.sms;

/**
 * The SMSC connection as {@code GET /api/v1/network/smsc} shows it: the settings without the password, and the live
 * bind state of this node (BOUND, CONNECTING, DISCONNECTED, or DISABLED when not configured or switched off).
 */
record SmscView(
        String host,
        Integer port,
        String systemId,
        boolean passwordSet,
        String systemType,
        String defaultSourceAddress,
        Integer window,
        Integer maxPerSecond,
        boolean enabled,
        String bindState) {

    static SmscView of(SmscSettings s, SmscLink.LinkState state) {
        if (s == null) {
            return new SmscView(null, null, null, false, null, null, null, null, false, state.name());
        }
        return new SmscView(
                s.host(),
                s.port(),
                s.systemId(),
                !s.password().isEmpty(),
                s.systemType(),
                s.defaultSourceAddress(),
                s.window(),
                s.maxPerSecond(),
                s.enabled(),
                state.name());
    }
}
