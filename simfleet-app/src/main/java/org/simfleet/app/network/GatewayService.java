package org.simfleet.app.network;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.audit.ChangeText;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operator's packet gateways: read by every operator user, written by its admins, each change audited (never with
 * the secret) and evented. The RADIUS server's directory is reloaded once a change has committed, so a new gateway is
 * answered from its next datagram on and a deleted one is dropped.
 */
@Service
public class GatewayService {

    static final String PATH = "/api/v1/network/gateways";
    public static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "address", "address", "created_at", "created_at", "updated_at", "updated_at");
    private static final String OBJECT = "gateway";

    public record Page(List<Gateway> items, long total) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventLog events;
    private final GatewayDirectory directory;
    private final JsonMapper json;
    private final Clock clock;

    GatewayService(
            JdbcClient jdbc,
            AuditLog audit,
            EventLog events,
            GatewayDirectory directory,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page list(Caller caller, PageQuery q) {
        OperatorResources.requireOperator(caller, PATH);
        long total = jdbc.sql("SELECT COUNT(*) FROM gateway").query(Long.class).single();
        List<Gateway> items = jdbc.sql("SELECT * FROM gateway" + q.sql("id", java.util.Set.of("id", "name", "address")))
                .query(GatewayService::row)
                .list();
        return new Page(items, total);
    }

    public Gateway get(Caller caller, long id) {
        OperatorResources.requireOperator(caller, PATH);
        return jdbc.sql("SELECT * FROM gateway WHERE id = ?")
                .param(id)
                .query(GatewayService::row)
                .optional()
                .orElseThrow(() -> ApiException.notFound("Gateway", id));
    }

    @Transactional
    public Gateway create(Caller caller, ObjectNode body) {
        requireAdmin(caller, "GATEWAY_CREATE", "new");
        GatewaySettings s = JsonBody.read(json, body, GatewayRequest.class).validate(true);
        refuseTaken(caller, "GATEWAY_CREATE", "new", s, -1);
        OffsetDateTime now = now();
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO gateway (name, address, secret, coa_port, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(s.name(), s.address(), s.secret(), s.coaPort(), now, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        changed(
                caller,
                "GATEWAY_CREATE",
                id,
                null,
                ChangeText.of(s.fields()) + " secret=***",
                "Gateway '" + s.name() + "' at " + s.address() + " added");
        return get(caller, id);
    }

    @Transactional
    public Gateway update(Caller caller, long id, ObjectNode patch) {
        requireAdmin(caller, "GATEWAY_UPDATE", id);
        Gateway old = get(caller, id);
        GatewaySettings s = JsonBody.merge(json, GatewayRequest.of(old), patch, GatewayRequest.class)
                .validate(false);
        String storedSecret = jdbc.sql("SELECT secret FROM gateway WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        boolean newSecret = s.secret() != null && !s.secret().equals(storedSecret);
        ChangeText.Diff diff = ChangeText.between(
                new GatewaySettings(old.name(), old.address(), null, old.coaPort()).fields(), s.fields());
        if (diff.isEmpty() && !newSecret) {
            return old;
        }
        refuseTaken(caller, "GATEWAY_UPDATE", id, s, id);
        jdbc.sql(
                        """
                        UPDATE gateway SET name = ?, address = ?, secret = COALESCE(?, secret), coa_port = ?, updated_at = ?
                        WHERE id = ?""")
                .params(s.name(), s.address(), s.secret(), s.coaPort(), now(), id)
                .update();
        String fields = diff.fields() + (newSecret ? (diff.isEmpty() ? "" : ", ") + "secret" : "");
        changed(
                caller,
                "GATEWAY_UPDATE",
                id,
                join(diff.before(), newSecret ? "secret=***" : ""),
                join(diff.after(), newSecret ? "secret=(new)" : ""),
                "Gateway '" + s.name() + "' updated: " + fields);
        return get(caller, id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        requireAdmin(caller, "GATEWAY_DELETE", id);
        Gateway old = get(caller, id);
        jdbc.sql("DELETE FROM gateway WHERE id = ?").param(id).update();
        changed(
                caller,
                "GATEWAY_DELETE",
                id,
                ChangeText.of(new GatewaySettings(old.name(), old.address(), null, old.coaPort()).fields()),
                null,
                "Gateway '" + old.name() + "' at " + old.address() + " removed");
    }

    /** Customers first (404, the resource does not exist for them), then the operator's non-admins (403, on record). */
    private void requireAdmin(Caller caller, String action, Object id) {
        OperatorResources.requireOperator(caller, PATH);
        try {
            caller.requireAdmin();
        } catch (ApiException e) {
            throw refused(caller, action, id, e);
        }
    }

    private void refuseTaken(Caller caller, String action, Object id, GatewaySettings s, long self) {
        List<String> taken = jdbc.sql("SELECT name, address FROM gateway WHERE (name = ? OR address = ?) AND id <> ?")
                .params(s.name(), s.address(), self)
                .query((rs, n) -> s.address().equals(rs.getString("address"))
                        ? "a gateway at " + s.address() + " exists already ('" + rs.getString("name") + "')"
                        : "a gateway named '" + s.name() + "' exists already")
                .list();
        if (!taken.isEmpty()) {
            throw refused(caller, action, id, ApiException.conflict(String.join("; ", taken)));
        }
    }

    private ApiException refused(Caller caller, String action, Object id, ApiException e) {
        audit.recordRefusal(
                caller,
                AuditLog.Change.refused(caller.orgId(), action, OBJECT, id, null, "refused: " + e.getMessage()));
        return e;
    }

    private void changed(Caller caller, String action, long id, String before, String after, String description) {
        audit.record(caller, AuditLog.Change.ok(caller.orgId(), action, OBJECT, id, before, after));
        events.publish(EventLog.NewEvent.api(caller.orgId(), EventType.GATEWAY_CHANGED, null, null, description));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                directory.reload();
            }
        });
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Gateway row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Gateway(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getInt("coa_port"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
