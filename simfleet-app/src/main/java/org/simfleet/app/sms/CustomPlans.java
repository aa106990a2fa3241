package org.simfleet.app.sms;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL keeps a generic plan per prepared statement after five runs, costed on the statistics of the moment.
 * sms_part grows from empty; without an ANALYZE since (autovacuum off, as on our CI machine) that plan is a
 * sequential scan and stays one: receipts ran 4x slower within one 60,000-message benchmark. A custom plan sees the
 * table's current size. Asked for only by transactions that look parts up, as it costs a round trip.
 */
@Component
class CustomPlans {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    CustomPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction: its statements are planned for the tables as they are now. */
    void forThisTransaction() {
        if (postgres()) {
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        }
    }

    private boolean postgres() {
        Boolean p = postgres;
        if (p == null) {
            p = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                    c -> c.getMetaData().getDatabaseProductName()));
            postgres = p;
        }
        return p;
    }
}
