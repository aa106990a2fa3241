package org.simfleet.app.sms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of SMSC settings, shared by every node on the database. */
@Component
class SmscSettingsStore {

    /** The settings and when they were last changed, so a node can tell that another one changed them. */
    record Stored(SmscSettings settings, Instant updatedAt) {}

    private final JdbcClient jdbc;

    SmscSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> load() {
        return jdbc.sql(
                        """
                        SELECT host, port, system_id, password, system_type, default_source_address, bind_window,
                               max_per_second, enabled, updated_at
                        FROM smsc_settings WHERE id = 1""")
                .query((rs, n) -> new Stored(
                        new SmscSettings(
                                rs.getString("host"),
                                rs.getInt("port"),
                                rs.getString("system_id"),
                                rs.getString("password"),
                                rs.getString("system_type"),
                                rs.getString("default_source_address"),
                                rs.getInt("bind_window"),
                                rs.getInt("max_per_second"),
                                rs.getBoolean("enabled")),
                        SmsQueries.instant(rs, "updated_at")))
                .optional();
    }

    /** Replaces the row; joins the caller's transaction, so the audit entry commits with it. */
    void save(SmscSettings s, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql(
                        """
                        UPDATE smsc_settings SET host = ?, port = ?, system_id = ?, password = ?, system_type = ?,
                            default_source_address = ?, bind_window = ?, max_per_second = ?, enabled = ?, updated_at = ?
                        WHERE id = 1""")
                .params(
                        s.host(),
                        s.port(),
                        s.systemId(),
                        s.password(),
                        s.systemType(),
                        s.defaultSourceAddress(),
                        s.window(),
                        s.maxPerSecond(),
                        s.enabled(),
                        at)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            """
                            INSERT INTO smsc_settings (id, host, port, system_id, password, system_type,
                                default_source_address, bind_window, max_per_second, enabled, updated_at)
                            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            s.host(),
                            s.port(),
                            s.systemId(),
                            s.password(),
                            s.systemType(),
                            s.defaultSourceAddress(),
                            s.window(),
                            s.maxPerSecond(),
                            s.enabled(),
                            at)
                    .update();
        }
    }
}
