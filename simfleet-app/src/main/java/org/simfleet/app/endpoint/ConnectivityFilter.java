package org.simfleet.app.endpoint;

/**
 * The {@code connectivity} filter of the endpoint list: the same decision as {@code GET
 * /api/v1/endpoints/{id}/connectivity} (BLOCKED first, then ONLINE, ATTACHED, OFFLINE), written as SQL over the rows
 * that decision reads, so the list and its {@code X-Total-Count} agree with each endpoint's own report.
 */
public enum ConnectivityFilter {
    OFFLINE,
    ATTACHED,
    ONLINE,
    BLOCKED;

    // A SIM passes traffic only while TEST or ACTIVE (SimState.passesTraffic); an endpoint without a SIM is OFFLINE.
    private static final String BLOCKED_SQL =
            """
            (s.id IS NOT NULL AND (s.state NOT IN ('TEST', 'ACTIVE') OR e.status <> 'ENABLED'
              OR EXISTS (SELECT 1 FROM network_registration r
                         WHERE r.sim_id = s.id AND r.blocked_reason IS NOT NULL)))""";
    private static final String ONLINE_SQL =
            "EXISTS (SELECT 1 FROM data_session d WHERE d.sim_id = s.id AND d.ended_at IS NULL)";
    private static final String ATTACHED_SQL =
            "EXISTS (SELECT 1 FROM network_registration r WHERE r.sim_id = s.id AND r.attached)";

    /** The condition an endpoint row {@code e} with its SIM {@code s} (left-joined) meets in this state. */
    String sql() {
        return switch (this) {
            case BLOCKED -> BLOCKED_SQL;
            case ONLINE -> "NOT " + BLOCKED_SQL + " AND " + ONLINE_SQL;
            case ATTACHED -> "NOT " + BLOCKED_SQL + " AND NOT " + ONLINE_SQL + " AND " + ATTACHED_SQL;
            case OFFLINE -> "NOT " + BLOCKED_SQL + " AND NOT " + ONLINE_SQL + " AND NOT " + ATTACHED_SQL;
        };
    }
}
