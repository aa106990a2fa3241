package org.simfleet.app.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.event.EventLog;

/** The rows one group commit writes, collected while its requests are applied in arrival order. */
final class BatchWrites {

    /** An Accounting-On/Off: every session of the gateway still open in the database ends. */
    record GatewayReset(String gateway, Instant at) {}

    final List<GatewayReset> resets = new ArrayList<>();
    /** New sessions, written closed already when their Stop came in the same batch. */
    final List<SessionState> inserts = new ArrayList<>();

    final List<UsageRow> usage = new ArrayList<>();
    /** Sessions that existed before this batch and closed in it. */
    final List<SessionState> closes = new ArrayList<>();

    final List<EventLog.NewEvent> events = new ArrayList<>();
    /** Every state this batch changed, so a failed commit can forget them and read them back. */
    final List<SessionState> touched = new ArrayList<>();

    boolean isEmpty() {
        return resets.isEmpty() && inserts.isEmpty() && usage.isEmpty() && closes.isEmpty() && events.isEmpty();
    }
}
