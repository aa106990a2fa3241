package org.simfleet.app.session;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes usage records to PostgreSQL with COPY (its text format) instead of INSERT: no statement to parse, plan or
 * bind per row, and the rows go as one stream. Measured with the load generator (../shared/bench/freeradius, 512
 * requests in flight, the machine shared), PostgreSQL's CPU per accounting request fell from about 19 µs to 10-16
 * µs, and the application's with it: pgjdbc had formatted every timestamp parameter as text, a cached string here.
 */
final class UsageCopy {

    private static final String COPY =
            "COPY usage_record (session_id, org_id, sim_id, endpoint_id, recorded_at, bytes_up, bytes_down,"
                    + " packets_up, packets_down, total_bytes_up, total_bytes_down) FROM STDIN";

    private final StringBuilder text = new StringBuilder(1 << 16);
    /** Event-Timestamps have whole seconds, so most rows of a batch share a handful of instants. */
    private Instant lastInstant;

    private String lastText;

    void copy(Connection connection, List<UsageRow> rows) throws SQLException {
        text.setLength(0);
        for (UsageRow u : rows) {
            SessionState s = u.session();
            text.append(s.id).append('\t');
            nullable(s.orgId).append('\t');
            nullable(s.simId).append('\t');
            nullable(s.endpointId).append('\t');
            text.append(timestamp(u.recordedAt())).append('\t');
            text.append(u.bytesUp()).append('\t');
            text.append(u.bytesDown()).append('\t');
            text.append(u.packetsUp()).append('\t');
            text.append(u.packetsDown()).append('\t');
            text.append(u.totalBytesUp()).append('\t');
            text.append(u.totalBytesDown()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private StringBuilder nullable(Long value) {
        return value == null ? text.append("\\N") : text.append(value.longValue());
    }

    /** ISO-8601 in UTC, which PostgreSQL reads as timestamptz. */
    private String timestamp(Instant instant) {
        if (!instant.equals(lastInstant)) {
            lastInstant = instant;
            lastText = instant.toString();
        }
        return lastText;
    }
}
