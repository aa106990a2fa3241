package org.simfleet.app.network;

import org.simfleet.app.api.Validation;
import org.simfleet.app.policy.IpLiteral;
import org.simfleet.radius.NasClient;

/** A gateway as a POST or PATCH carries it; a PATCH without {@code secret} keeps the stored one. */
record GatewayRequest(String name, String address, String secret, Integer coaPort) {

    /** RFC 2865 §3 asks for a long, random secret; 8 characters is a floor against typos, not a recommendation. */
    static final int MIN_SECRET = 8;
    /** The stored column's length; RFC 2865 §3 sets no upper bound. */
    static final int MAX_SECRET = 128;

    static GatewayRequest of(Gateway g) {
        return new GatewayRequest(g.name(), g.address(), null, g.coaPort());
    }

    /**
     * Checks every field at once (422). The secret is required when {@code creating}; on a PATCH it is optional, and
     * an absent one means "keep it".
     */
    GatewaySettings validate(boolean creating) {
        Validation v = new Validation();
        String cleanName = v.requiredText("name", name, 200);
        String cleanAddress = null;
        if (address == null || address.isBlank()) {
            v.reject("address", "is required");
        } else {
            cleanAddress = v.parse("address", address, GatewayRequest::literal);
        }
        if (secret == null) {
            v.require(!creating, "secret", "is required: the shared secret configured on the gateway (RFC 2865 §3)");
        } else if (secret.length() < MIN_SECRET) {
            v.reject(
                    "secret",
                    "must be at least " + MIN_SECRET + " characters; RFC 2865 §3 wants the shared secret long and"
                            + " random (16 or more characters is better)");
        } else if (secret.length() > MAX_SECRET) {
            v.reject("secret", "must be at most " + MAX_SECRET + " characters");
        }
        int port = coaPort == null ? NasClient.DEFAULT_COA_PORT : coaPort;
        v.require(port >= 1 && port <= 65535, "coa_port", "must be a UDP port from 1 to 65535 (RFC 5176 uses 3799)");
        v.throwIfInvalid();
        return new GatewaySettings(cleanName, cleanAddress, secret, port);
    }

    /**
     * The address in canonical form, refusing host names (a datagram's source is an address, and a name lookup could
     * be answered by anyone) and addresses that could never be a datagram's source. IPv4-mapped IPv6 addresses are
     * refused too: the JDK treats them as the IPv4 address, so two rows would name one gateway.
     */
    private static String literal(String raw) {
        String canonical = IpLiteral.canonical(raw);
        if (IpLiteral.isUnspecified(canonical)) {
            throw new IllegalArgumentException("must be the gateway's own address, not the unspecified address");
        }
        if (canonical.startsWith("::ffff:") && canonical.contains(".")) {
            throw new IllegalArgumentException(
                    "is an IPv4-mapped IPv6 address; write the IPv4 address " + canonical.substring(7) + " instead");
        }
        return canonical;
    }
}
