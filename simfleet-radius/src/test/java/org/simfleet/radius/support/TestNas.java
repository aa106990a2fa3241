package org.simfleet.radius.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.NasDirectory;

/** The one gateway the tests play: 127.0.0.1 with a fixed secret. */
public final class TestNas {
    public static final byte[] SECRET = "a-long-random-gateway-secret".getBytes(StandardCharsets.US_ASCII);
    public static final NasClient GATEWAY = new NasClient("pgw-test", loopback(), SECRET, NasClient.DEFAULT_COA_PORT);

    private TestNas() {}

    /** Knows 127.0.0.1 and nobody else. */
    public static NasDirectory directory() {
        return source -> source.equals(GATEWAY.address()) ? GATEWAY : null;
    }

    /** The gateway with its DAS on another port. */
    public static NasClient withCoaPort(int port) {
        return new NasClient(GATEWAY.name(), GATEWAY.address(), SECRET, port);
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName("127.0.0.1");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
