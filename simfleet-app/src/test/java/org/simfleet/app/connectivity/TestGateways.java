package org.simfleet.app.connectivity;

import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.simfleet.app.network.GatewayDirectory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gateways on addresses of their own (127.0.3.x), so tests sharing one application never share a gateway. */
final class TestGateways {

    static final String SECRET = "das-test-secret";
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private TestGateways() {}

    static InetAddress nextAddress() throws java.net.UnknownHostException {
        return InetAddress.getByName("127.0.3." + NEXT.getAndIncrement());
    }

    static void register(JdbcTemplate jdbc, GatewayDirectory directory, InetAddress address, int coaPort) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update(
                "INSERT INTO gateway (name, address, secret, coa_port, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                "PGW " + address.getHostAddress(),
                address.getHostAddress(),
                SECRET,
                coaPort,
                now,
                now);
        directory.reload();
    }
}
