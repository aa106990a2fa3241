package org.simfleet.app.session;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open data sessions of an endpoint or a SIM, newest first, as committed: for other features (connectivity
 * status, Disconnect). Read from the database, so every node of a cluster gives the same answer.
 */
@Component
public class OpenSessions {

    private static final String SELECT =
            """
            SELECT id, gateway_address, acct_session_id, user_name, imsi, framed_ip, apn, rat_type, mcc, mnc, started_at
            FROM data_session WHERE ended_at IS NULL AND """;

    private final JdbcClient jdbc;

    OpenSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenSession> ofEndpoint(long endpointId) {
        return query("endpoint_id = ? ORDER BY started_at DESC", endpointId);
    }

    public List<OpenSession> ofSim(long simId) {
        return query("sim_id = ? ORDER BY started_at DESC", simId);
    }

    private List<OpenSession> query(String where, long id) {
        return jdbc.sql(SELECT + " " + where)
                .param(id)
                .query((rs, n) -> new OpenSession(
                        rs.getObject("id", java.util.UUID.class),
                        rs.getString("gateway_address"),
                        rs.getString("acct_session_id"),
                        rs.getString("user_name"),
                        rs.getString("imsi"),
                        rs.getString("framed_ip"),
                        rs.getString("apn"),
                        rs.getString("rat_type"),
                        rs.getString("mcc"),
                        rs.getString("mnc"),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
