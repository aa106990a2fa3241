package org.simfleet.app.sms;

/**
 * The body of {@code PUT /api/v1/network/smsc}. An absent {@code password} keeps the stored one; absent numbers take
 * their defaults (window 50, no throughput cap, enabled).
 */
record SmscRequest(
        String host,
        Integer port,
        String systemId,
        String password,
        String systemType,
        String defaultSourceAddress,
        Integer window,
        Integer maxPerSecond,
        Boolean enabled) {}
