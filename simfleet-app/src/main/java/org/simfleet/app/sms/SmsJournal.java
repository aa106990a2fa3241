package org.simfleet.app.sms;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a status change of a message leaves behind, written in the change's transaction: an event, a row in the
 * callback outbox when the organisation has a callback (handed to the dispatcher once committed), and (once
 * committed) the Prometheus counters.
 */
@Component
class SmsJournal {

    /** One message reaching a state a user is told about. */
    record Change(
            long orgId,
            long smsId,
            long endpointId,
            Long simId,
            String iccid,
            String direction,
            SmsStatus status,
            String source,
            String destination,
            SmsBody payload,
            Instant at,
            String failureReason) {}

    /** What one batch collected. */
    static final class Entries {
        final List<Change> changes = new ArrayList<>();
        final List<CallbackDispatcher.Row> callbacks = new ArrayList<>();
        int sent;

        void add(Change c) {
            changes.add(c);
        }
    }

    private static final String CALLBACK =
            """
            INSERT INTO sms_callback_delivery (org_id, body, attempts, next_attempt_at, created_at)
            VALUES (?, ?, 0, ?, ?)""";

    private final EventLog events;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Counter sent;
    private final Counter delivered;
    private final Counter failed;
    private final Counter expired;
    private final Counter received;
    final AtomicLong queueDepth = new AtomicLong();

    private final CallbackDispatcher callbacks;

    SmsJournal(
            EventLog events, JdbcTemplate jdbc, JsonMapper json, MeterRegistry metrics, CallbackDispatcher callbacks) {
        this.events = events;
        this.callbacks = callbacks;
        this.jdbc = jdbc;
        this.json = json;
        this.sent = metrics.counter("simfleet.sms.sent");
        this.delivered = metrics.counter("simfleet.sms.delivered");
        this.failed = metrics.counter("simfleet.sms.failed");
        this.expired = metrics.counter("simfleet.sms.expired");
        this.received = metrics.counter("simfleet.sms.received");
        metrics.gauge("simfleet.sms.queue.depth", queueDepth);
    }

    /** Joins the caller's transaction. */
    void write(Entries entries, Instant now) {
        if (entries.changes.isEmpty()) {
            return;
        }
        List<EventLog.NewEvent> list = new ArrayList<>(entries.changes.size());
        for (Change c : entries.changes) {
            list.add(new EventLog.NewEvent(
                    c.orgId(),
                    type(c),
                    c.status() == SmsStatus.DELIVERED || c.status() == SmsStatus.RECEIVED
                            ? EventLog.Severity.INFO
                            : EventLog.Severity.WARN,
                    EventLog.Source.NETWORK,
                    c.simId(),
                    c.endpointId(),
                    describe(c)));
        }
        events.publishAll(list);
        Map<Long, CallbackDispatcher.Target> targets = callbacks.targets(
                entries.changes.stream().map(Change::orgId).distinct().toList());
        List<CallbackDispatcher.Row> rows = new ArrayList<>();
        for (Change c : entries.changes) {
            CallbackDispatcher.Target t = targets.get(c.orgId());
            if (t != null) {
                rows.add(new CallbackDispatcher.Row(0, c.orgId(), body(c), 0, t.url(), t.secret()));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        // leased to this node from the start: it posts them from memory once committed (CallbackDispatcher.offer)
        var at = now.atOffset(ZoneOffset.UTC);
        var leasedUntil = at.plus(CallbackDispatcher.LEASE);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                con -> con.prepareStatement(CALLBACK, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        CallbackDispatcher.Row r = rows.get(i);
                        ps.setLong(1, r.orgId());
                        ps.setString(2, r.body());
                        ps.setObject(3, leasedUntil);
                        ps.setObject(4, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        for (int i = 0; i < rows.size(); i++) {
            entries.callbacks.add(
                    rows.get(i).withId(((Number) ids.get(i).values().iterator().next()).longValue()));
        }
    }

    void committed(Entries entries) {
        if (!entries.callbacks.isEmpty()) {
            callbacks.offer(entries.callbacks);
        }
        sent.increment(entries.sent);
        for (Change c : entries.changes) {
            switch (c.status()) {
                case DELIVERED -> delivered.increment();
                case FAILED -> failed.increment();
                case EXPIRED -> expired.increment();
                case RECEIVED -> received.increment();
                default -> {}
            }
        }
    }

    static EventType type(Change c) {
        return switch (c.status()) {
            case DELIVERED -> EventType.SMS_MT_DELIVERED;
            case EXPIRED -> EventType.SMS_MT_EXPIRED;
            case RECEIVED -> EventType.SMS_MO_RECEIVED;
            case CANCELED -> EventType.SMS_MT_CANCELED;
            default -> EventType.SMS_MT_FAILED;
        };
    }

    private static String describe(Change c) {
        if (c.status() == SmsStatus.RECEIVED) {
            return "SMS " + c.smsId() + " received from " + c.source() + " to " + c.destination();
        }
        return "SMS " + c.smsId() + " to " + c.destination() + " "
                + c.status().name().toLowerCase() + (c.failureReason() == null ? "" : ": " + c.failureReason());
    }

    /** The callback's JSON: the event type and the message as the API shows it (MT payloads left out). */
    String body(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type(c).name());
        m.put("id", c.smsId());
        m.put("endpoint_id", c.endpointId());
        m.put("iccid", c.iccid());
        m.put("direction", c.direction());
        m.put("status", c.status().name());
        m.put("source_address", c.source());
        m.put("destination_address", c.destination());
        if (c.payload() != null) {
            m.put("payload", c.payload().payload());
            m.put("encoding", c.payload().encoding());
            if (c.payload().binary()) {
                m.put("data_coding", c.payload().dataCoding());
            }
        }
        m.put(c.status() == SmsStatus.RECEIVED ? "submit_date" : "delivery_date", c.at().toString());
        if (c.failureReason() != null) {
            m.put("failure_reason", c.failureReason());
        }
        return json.writeValueAsString(m);
    }
}
