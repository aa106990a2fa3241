package org.simfleet.app.sim;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.HttpStatus;

/**
 * What a SIM search or a bulk state change selects, checked. A null field does not filter; several
 * fields all have to match.
 *
 * @param states any of these states; empty means every state
 */
public record SimFilter(
        List<SimState> states,
        Range iccid,
        Range imsi,
        Range msisdn,
        String bic,
        Long endpointId,
        String tag,
        Long organisationId) {

    /**
     * The filter as a request spells it: the query parameters of {@code GET /api/v1/sims}, or the
     * {@code filter} object of a bulk change (kept in this form when the change is scheduled).
     * {@code state} is a list, or one string of comma-separated states as in the query; identifiers are
     * exact, or a prefix when they end in {@code *}.
     */
    public record Raw(
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> state,
            String iccid,
            String imsi,
            String msisdn,
            String bic,
            Long endpointId,
            String tag,
            Long organisationId) {}

    /** The values from {@code from} to {@code to}, both included; equal for an exact match. */
    record Range(String from, String to) {

        boolean exact() {
            return from.equals(to);
        }
    }

    /** Parses query parameters; a wrong one answers 400 naming the parameter. */
    public static SimFilter ofQuery(Raw raw, Caller caller) {
        Validation v = new Validation();
        SimFilter filter = parse(raw, caller, v, "");
        if (v.hasErrors()) {
            List<ApiException.FieldError> errors = v.errors();
            String detail = errors.get(0).field() + ": " + errors.get(0).reason();
            throw new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail, errors, Map.of());
        }
        return filter;
    }

    /** Parses a filter, adding each wrong field (named {@code prefix + field}) to {@code v}. */
    static SimFilter parse(Raw raw, Caller caller, Validation v, String prefix) {
        List<SimState> states = new ArrayList<>();
        if (raw.state() != null) {
            for (String listed : raw.state()) {
                for (String s : listed == null ? new String[0] : listed.split(",")) {
                    SimState state = s.isBlank() ? null : Validation.parseEnum(v, prefix + "state", s, SimState.class);
                    if (state != null && !states.contains(state)) {
                        states.add(state);
                    }
                }
            }
        }
        // Column lengths of V1: ICCID up to 20 digits (ITU-T E.118), IMSI and MSISDN up to 15 (3GPP TS 23.003
        // §2.2, ITU-T E.164 §6).
        Range iccid = digits(v, prefix + "iccid", raw.iccid(), 20);
        Range imsi = digits(v, prefix + "imsi", raw.imsi(), 15);
        String msisdn = raw.msisdn() == null ? null : raw.msisdn().strip();
        Range msisdnRange = digits(
                v, prefix + "msisdn", msisdn != null && msisdn.startsWith("+") ? msisdn.substring(1) : msisdn, 15);
        String bic = text(v, prefix + "bic", raw.bic());
        String tag = text(v, prefix + "tag", raw.tag());
        if (raw.organisationId() != null && !caller.isOperator()) {
            v.reject(prefix + "organisation_id", "only the platform operator may filter by organisation");
        }
        return new SimFilter(
                List.copyOf(states), iccid, imsi, msisdnRange, bic, raw.endpointId(), tag, raw.organisationId());
    }

    /**
     * An exact identifier, or a prefix ending in {@code *}. Stored identifiers are digits only, so every
     * value starting with {@code p} lies between {@code p} and {@code p} padded with 9s to the column's
     * length: a range the B-tree index answers on both databases, where {@code LIKE 'p%'} would need a
     * C-collation index on PostgreSQL.
     */
    private static Range digits(Validation v, String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        boolean prefix = value.endsWith("*");
        String digits = prefix ? value.substring(0, value.length() - 1) : value;
        if (!digits.matches("\\d{1," + maxLength + "}")) {
            v.reject(field, "must be 1 to " + maxLength + " digits, or digits followed by * for a prefix match");
            return null;
        }
        return new Range(digits, prefix ? digits + "9".repeat(maxLength - digits.length()) : digits);
    }

    /** BICs and tags are at most 64 characters (the V1 columns). */
    private static String text(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.strip().length() > 64) {
            v.reject(field, "must be at most 64 characters");
            return null;
        }
        return raw.strip();
    }
}
