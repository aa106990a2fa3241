package org.simfleet.app.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the messages of one endpoint of the caller's organisation. */
@Component
public class SmsQueries {

    static final Map<String, String> SORTABLE = Map.of("id", "id", "submit_date", "submit_date");

    static final String COLUMNS =
            """
            id, endpoint_id, iccid, direction, status, source_address, destination_address, payload, data_coding, udh,
            parts, submit_date, sent_date, delivery_date, expiry_date, failure_reason""";

    public record Page(List<SmsMessage> items, long total) {}

    private final JdbcClient jdbc;

    SmsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SmsMessage get(Caller caller, long endpointId, long smsId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sms_message WHERE id = ? AND endpoint_id = ? AND org_id = ?")
                .params(smsId, endpointId, caller.orgId())
                .query(SmsQueries::message)
                .optional()
                .orElseThrow(() -> ApiException.notFound("SMS", smsId));
    }

    /** 404 unless the endpoint is the caller's organisation's. */
    void requireEndpoint(Caller caller, long endpointId) {
        jdbc.sql("SELECT id FROM endpoint WHERE id = ? AND org_id = ?")
                .params(endpointId, caller.orgId())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> ApiException.notFound("Endpoint", endpointId));
    }

    public Page list(Caller caller, long endpointId, String direction, SmsStatus status, PageQuery q) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE endpoint_id = :endpoint AND org_id = :org");
        params.put("endpoint", endpointId);
        params.put("org", caller.orgId());
        if (direction != null) {
            where.append(" AND direction = :direction");
            params.put("direction", direction);
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM sms_message" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<SmsMessage> items = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM sms_message" + where + q.sql("id DESC", java.util.Set.of("id")))
                .params(params)
                .query(SmsQueries::message)
                .list();
        return new Page(items, total);
    }

    static SmsMessage message(ResultSet rs, int row) throws SQLException {
        SmsBody body = SmsBody.read(rs);
        return new SmsMessage(
                rs.getLong("id"),
                rs.getLong("endpoint_id"),
                rs.getString("iccid"),
                rs.getString("direction"),
                rs.getString("status"),
                rs.getString("source_address"),
                rs.getString("destination_address"),
                body.payload(),
                body.encoding(),
                body.dataCoding(),
                body.udh(),
                rs.getInt("parts"),
                instant(rs, "submit_date"),
                instant(rs, "sent_date"),
                instant(rs, "delivery_date"),
                instant(rs, "expiry_date"),
                rs.getString("failure_reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
