package org.simfleet.radius;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A RADIUS client the server talks to: a packet gateway (GGSN/PGW/SMF) or any NAS, with the shared secret of RFC 2865
 * §3 and the port its Dynamic Authorization Server listens on for Disconnect and CoA requests (RFC 5176).
 *
 * @param name how operators know it, for logs and metrics
 * @param address where its requests come from and where Disconnect/CoA requests go
 * @param secret the shared secret; RFC 2865 §3 requires it non-empty (and it should be long and random)
 * @param coaPort the NAS's Disconnect/CoA port, {@link #DEFAULT_COA_PORT} unless configured otherwise
 */
public record NasClient(String name, InetAddress address, byte[] secret, int coaPort) {
    /** The UDP port IANA assigned to Dynamic Authorization (RFC 5176 §3). */
    public static final int DEFAULT_COA_PORT = 3799;

    public NasClient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("a NAS needs a non-empty shared secret (RFC 2865 §3)");
        }
        if (coaPort < 1 || coaPort > 65535) {
            throw new IllegalArgumentException("a CoA port is 1..65535, not " + coaPort);
        }
        secret = secret.clone();
    }

    /** A copy of the shared secret; the record's own stays unchanged whatever the caller does with it. */
    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NasClient other
                && name.equals(other.name)
                && address.equals(other.address)
                && Arrays.equals(secret, other.secret)
                && coaPort == other.coaPort;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, Arrays.hashCode(secret), coaPort);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "NasClient[" + name + " " + address.getHostAddress() + " coa=" + coaPort + "]";
    }
}
