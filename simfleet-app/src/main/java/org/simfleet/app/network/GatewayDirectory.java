package org.simfleet.app.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.NasDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The configured gateways by source address, in memory: the RADIUS server asks on every datagram, so the map is
 * replaced as a whole on each change and read without locks.
 */
@Component
public class GatewayDirectory implements NasDirectory {

    private final JdbcClient jdbc;
    private volatile Map<InetAddress, NasClient> byAddress = Map.of();

    GatewayDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    @Override
    public NasClient find(InetAddress source) {
        return byAddress.get(source);
    }

    /** The gateway at this address, for sending it a Disconnect or CoA request. */
    public Optional<NasClient> at(InetAddress address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** Reads every gateway again; called after each committed change. */
    public final void reload() {
        Map<InetAddress, NasClient> fresh = new HashMap<>();
        jdbc.sql("SELECT name, address, secret, coa_port FROM gateway")
                .query((rs, n) -> {
                    InetAddress address = parse(rs.getString("address"));
                    fresh.put(
                            address,
                            new NasClient(
                                    rs.getString("name"),
                                    address,
                                    rs.getString("secret").getBytes(StandardCharsets.UTF_8),
                                    rs.getInt("coa_port")));
                    return null;
                })
                .list();
        byAddress = Map.copyOf(fresh);
    }

    /** Addresses are stored as literals, validated on the way in, so no name lookup ever happens here. */
    static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("gateway address " + literal + " is not an IP literal", e);
        }
    }
}
