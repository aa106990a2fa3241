package org.simfleet.app.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Usage counts: data from the usage records the RADIUS accounting writes (each record is what one Interim-Update or
 * Stop added), SMS from the messages. Series are bucketed here rather than in SQL, because date_trunc on a
 * timestamptz follows the session time zone on PostgreSQL and H2 has no equal.
 */
@Component
class UsageQueries {

    /** A year of days or three months of hours: more than a chart shows, bounded so one request stays cheap. */
    static final int MAX_BUCKETS = 2232;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UsageQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Usage.EndpointUsage endpoint(Caller caller, long endpointId) {
        Long found = jdbc.query(
                "SELECT id FROM endpoint WHERE id = ? AND org_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null,
                endpointId,
                caller.orgId());
        if (found == null) {
            throw ApiException.notFound("Endpoint", endpointId);
        }
        YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        return new Usage.EndpointUsage(month(caller, endpointId, now), month(caller, endpointId, now.minusMonths(1)));
    }

    private Usage.Month month(Caller caller, long endpointId, YearMonth m) {
        var from = m.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        var to = m.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        long[] data = jdbc.query(
                """
                SELECT COALESCE(SUM(bytes_up), 0), COALESCE(SUM(bytes_down), 0) FROM usage_record
                WHERE endpoint_id = ? AND org_id = ? AND recorded_at >= ? AND recorded_at < ?""",
                rs -> {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                },
                endpointId,
                caller.orgId(),
                from,
                to);
        long mo = count(
                "SELECT COUNT(*) FROM sms_message WHERE endpoint_id = ? AND org_id = ? AND direction = 'MO'"
                        + " AND submit_date >= ? AND submit_date < ?",
                endpointId,
                caller.orgId(),
                from,
                to);
        long mt = count(
                "SELECT COUNT(*) FROM sms_message WHERE endpoint_id = ? AND org_id = ? AND direction = 'MT'"
                        + " AND sent_date >= ? AND sent_date < ?",
                endpointId,
                caller.orgId(),
                from,
                to);
        return new Usage.Month(m.toString(), data[0], data[1], mo, mt);
    }

    List<Usage.Bucket> series(Caller caller, ChronoUnit unit, Instant from, Instant to) {
        Instant start = from.truncatedTo(unit);
        Duration step = unit.getDuration();
        long buckets = (Duration.between(start, to).toSeconds() + step.toSeconds() - 1) / step.toSeconds();
        if (buckets > MAX_BUCKETS) {
            throw ApiException.invalid("to", "the range holds " + buckets + " buckets; at most " + MAX_BUCKETS);
        }
        long[][] sums = new long[(int) Math.max(buckets, 0)][4];
        var f = start.atOffset(ZoneOffset.UTC);
        var t = to.atOffset(ZoneOffset.UTC);
        jdbc.query(
                "SELECT recorded_at, bytes_up, bytes_down FROM usage_record WHERE org_id = ? AND recorded_at >= ?"
                        + " AND recorded_at < ?",
                rs -> {
                    int i = index(SmsQueries.instant(rs, "recorded_at"), start, step);
                    sums[i][0] += rs.getLong(2);
                    sums[i][1] += rs.getLong(3);
                },
                caller.orgId(),
                f,
                t);
        jdbc.query(
                """
                SELECT CASE WHEN direction = 'MO' THEN submit_date ELSE sent_date END AS at, direction
                FROM sms_message WHERE org_id = ?
                  AND ((direction = 'MO' AND submit_date >= ? AND submit_date < ?)
                    OR (direction = 'MT' AND sent_date >= ? AND sent_date < ?))""",
                rs -> {
                    int i = index(SmsQueries.instant(rs, "at"), start, step);
                    sums[i]["MO".equals(rs.getString(2)) ? 2 : 3]++;
                },
                caller.orgId(),
                f,
                t,
                f,
                t);
        List<Usage.Bucket> series = new ArrayList<>(sums.length);
        for (int i = 0; i < sums.length; i++) {
            series.add(
                    new Usage.Bucket(start.plus(step.multipliedBy(i)), sums[i][0], sums[i][1], sums[i][2], sums[i][3]));
        }
        return series;
    }

    private static int index(Instant at, Instant start, Duration step) {
        return (int) (Duration.between(start, at).toSeconds() / step.toSeconds());
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
