package org.simfleet.app.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Row mapping for the policy tables. List fields are stored as comma-separated text, which the AAA read
 * model loads in bulk without a join; none of the stored values can contain a comma, validation sees to it.
 */
final class PolicyRows {

    /** API sort names → columns; both policy tables have the same ones. */
    static final Map<String, String> SORTABLE =
            Map.of("id", "id", "name", "name", "created_at", "created_at", "updated_at", "updated_at");

    private PolicyRows() {}

    static ServicePolicy servicePolicy(ResultSet rs, int n) throws SQLException {
        long dataLimit = rs.getLong("data_limit_bytes");
        Long dataLimitBytes = rs.wasNull() ? null : dataLimit;
        int sms = rs.getInt("sms_limit");
        Integer smsLimit = rs.wasNull() ? null : sms;
        return new ServicePolicy(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getBoolean("data_allowed"),
                rs.getBoolean("sms_mo_allowed"),
                rs.getBoolean("sms_mt_allowed"),
                ratTypes(rs.getString("rat_types")),
                list(rs.getString("apns")),
                list(rs.getString("dns_servers")),
                dataLimitBytes,
                smsLimit,
                rs.getInt("interim_interval_seconds"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static CoveragePolicy coveragePolicy(ResultSet rs, int n) throws SQLException {
        return new CoveragePolicy(
                rs.getLong("id"),
                rs.getString("name"),
                list(rs.getString("allowed_countries")),
                list(rs.getString("blocked_operators")),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static String csv(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    static String ratCsv(Set<RatType> types) {
        return types.stream().map(RatType::label).collect(Collectors.joining(","));
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private static Set<RatType> ratTypes(String csv) {
        Set<RatType> types = EnumSet.noneOf(RatType.class);
        list(csv)
                .forEach(label -> types.add(RatType.byLabel(label)
                        .orElseThrow(() -> new IllegalStateException("Unknown radio type stored: " + label))));
        return types;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
