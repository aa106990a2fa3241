package org.simfleet.app.connectivity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.network.MobileCountries;
import org.simfleet.app.sim.SimState;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads connectivity from the rows other features keep: the endpoint and its SIM, the HLR's registration of the SIM,
 * and the SIM's newest open data session. Three indexed lookups per call, no cache: this is the troubleshooting view,
 * and it must show what the network reported a moment ago.
 */
@Component
class ConnectivityQueries {

    /** An endpoint, its SIM (if any) and whether either keeps it off the network. */
    record Subject(long orgId, Long endpointId, boolean endpointEnabled, Long simId, String iccid, SimState state) {}

    private static final String SUBJECT =
            """
            SELECT e.org_id AS e_org, e.id AS endpoint_id, e.status, s.org_id AS s_org, s.id AS sim_id, s.iccid,
                   s.state
            FROM %s""";

    private final JdbcClient jdbc;

    ConnectivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The endpoint, if the caller may see it: its own organisation's, or any for the operator. */
    Subject endpoint(Caller caller, long endpointId) {
        return jdbc.sql(SUBJECT.formatted("endpoint e LEFT JOIN sim s ON s.id = e.sim_id WHERE e.id = ?"))
                .param(endpointId)
                .query(ConnectivityQueries::subject)
                .optional()
                .filter(s -> caller.isOperator() || s.orgId() == caller.orgId())
                .orElseThrow(() -> ApiException.notFound("endpoint", endpointId));
    }

    /** The SIM, if the caller may see it; customers see the SIMs their organisation holds. */
    Subject sim(Caller caller, String iccid) {
        return jdbc.sql(SUBJECT.formatted("sim s LEFT JOIN endpoint e ON e.sim_id = s.id WHERE s.iccid = ?"))
                .param(iccid)
                .query(ConnectivityQueries::subject)
                .optional()
                .filter(s -> caller.isOperator() || s.orgId() == caller.orgId())
                .orElseThrow(() -> ApiException.notFound("SIM", iccid));
    }

    Connectivity.Registration registration(long simId) {
        return jdbc.sql(
                        """
                        SELECT attached, domain, mcc, mnc, rat_type, node, lac, tac, cell_id, blocked_reason, since, updated_at
                        FROM network_registration WHERE sim_id = ?""")
                .param(simId)
                .query((rs, n) -> new Connectivity.Registration(
                        rs.getBoolean("attached"),
                        rs.getString("domain"),
                        rs.getString("mcc"),
                        rs.getString("mnc"),
                        country(rs.getString("mcc")),
                        rs.getString("rat_type"),
                        rs.getString("node"),
                        rs.getObject("lac", Integer.class),
                        rs.getObject("tac", Integer.class),
                        rs.getObject("cell_id", Long.class),
                        rs.getString("blocked_reason"),
                        rs.getObject("since", OffsetDateTime.class),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .optional()
                .orElse(null);
    }

    /** The newest open session of the SIM: a device may hold several PDN connections, the newest tells most. */
    Connectivity.Session openSession(long simId) {
        List<Connectivity.Session> open = jdbc.sql(
                        """
                        SELECT id, gateway_address, framed_ip, apn, rat_type, mcc, mnc, started_at, last_update_at
                        FROM data_session WHERE sim_id = ? AND ended_at IS NULL
                        ORDER BY started_at DESC LIMIT 1""")
                .param(simId)
                .query((rs, n) -> new Connectivity.Session(
                        rs.getObject("id", UUID.class),
                        rs.getString("gateway_address"),
                        rs.getString("framed_ip"),
                        rs.getString("apn"),
                        rs.getString("rat_type"),
                        rs.getString("mcc"),
                        rs.getString("mnc"),
                        country(rs.getString("mcc")),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("last_update_at", OffsetDateTime.class)))
                .list();
        return open.isEmpty() ? null : open.get(0);
    }

    private static String country(String mcc) {
        return mcc == null ? null : MobileCountries.name(mcc).orElse(null);
    }

    private static Subject subject(ResultSet rs, int row) throws SQLException {
        long endpointId = rs.getLong("endpoint_id");
        boolean hasEndpoint = !rs.wasNull();
        long simId = rs.getLong("sim_id");
        boolean hasSim = !rs.wasNull();
        long org = hasEndpoint ? rs.getLong("e_org") : rs.getLong("s_org");
        if (!hasEndpoint && rs.wasNull()) {
            org = -1; // operator stock: no customer sees it
        }
        return new Subject(
                org,
                hasEndpoint ? endpointId : null,
                hasEndpoint && "ENABLED".equals(rs.getString("status")),
                hasSim ? simId : null,
                rs.getString("iccid"),
                hasSim ? SimState.valueOf(rs.getString("state")) : null);
    }
}
