package org.simfleet.app.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Row mapping shared by the tenant feature's queries. */
final class TenantRows {

    private TenantRows() {}

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Organisations with their pool; a WHERE or ORDER BY may follow. */
    static final String ORGANISATIONS =
            "SELECT o.*, p.cidr AS ip_pool FROM organisation o LEFT JOIN ip_pool p ON p.org_id = o.id";

    static Organisation organisation(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new Organisation(
                rs.getLong("id"),
                rs.getString("name"),
                OrgKind.valueOf(rs.getString("kind")),
                rs.wasNull() ? null : parent,
                rs.getString("ip_pool"),
                instant(rs, "created_at"));
    }

    static UserService.User user(ResultSet rs, int n) throws SQLException {
        return new UserService.User(
                rs.getLong("id"),
                rs.getLong("org_id"),
                rs.getString("email"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                null);
    }

    static ApplicationTokenService.Token token(ResultSet rs, int n) throws SQLException {
        return new ApplicationTokenService.Token(
                rs.getLong("id"),
                rs.getLong("org_id"),
                rs.getString("description"),
                Role.valueOf(rs.getString("role")),
                rs.getString("token_prefix"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "revoked_at"),
                instant(rs, "last_used_at"),
                null);
    }
}
