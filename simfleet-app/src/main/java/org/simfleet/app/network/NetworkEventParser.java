package org.simfleet.app.network;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.kernel.Imsi;
import org.simfleet.app.policy.RatType;
import org.springframework.http.HttpStatus;

/**
 * Checks a batch's shape and answers every wrong field at once as 400, each named by its event's index
 * ({@code events[3].mcc}): a network element's message is malformed or not, it has nothing to correct
 * interactively. Nothing of a malformed batch is applied.
 */
final class NetworkEventParser {

    /** Clocks of network elements drift; a time further ahead than this is a wrong clock, not an event. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final long MAX_LAC = 0xFFFF; // 16 bits (TS 23.003 §4.1)
    private static final long MAX_TAC = 0xFFFFFF; // 16 bits in LTE, 24 in 5G (TS 23.003)
    private static final long MAX_CELL_ID = (1L << 36) - 1; // 36 bits: the NR Cell Identity, the longest kind
    private static final int MAX_NODE = 100;

    private NetworkEventParser() {}

    static List<NetworkEvent> parse(NetworkEventBatch batch, Instant now) {
        Validation v = new Validation();
        if (batch.events() == null) {
            v.reject("events", "is required: a list of 1 to " + NetworkEventBatch.MAX + " events");
        } else if (batch.events().isEmpty() || batch.events().size() > NetworkEventBatch.MAX) {
            v.reject(
                    "events",
                    "must hold 1 to " + NetworkEventBatch.MAX + " events, has "
                            + batch.events().size() + "; split larger batches");
        }
        if (v.hasErrors()) {
            throw badRequest(v);
        }
        List<NetworkEvent> events = new ArrayList<>(batch.events().size());
        for (int i = 0; i < batch.events().size(); i++) {
            NetworkEventBatch.Item item = batch.events().get(i);
            if (item == null) {
                v.reject("events[" + i + "]", "must be an event object, not null");
                continue;
            }
            events.add(event(v, "events[" + i + "].", i, item, now));
        }
        if (v.hasErrors()) {
            throw badRequest(v);
        }
        return events;
    }

    private static NetworkEvent event(Validation v, String at, int index, NetworkEventBatch.Item item, Instant now) {
        NetworkEventType type = null;
        if (item.type() == null) {
            v.reject(at + "type", "is required: one of " + Arrays.toString(NetworkEventType.values()));
        } else {
            type = Validation.parseEnum(v, at + "type", item.type(), NetworkEventType.class);
        }
        String imsi = item.imsi() == null
                ? v.required(at + "imsi", null)
                : v.parse(at + "imsi", item.imsi(), raw -> Imsi.of(raw).value());
        Instant occurredAt = item.occurredAt() == null
                ? now
                : v.parse(at + "occurred_at", item.occurredAt(), raw -> {
                    Instant t = instant(raw);
                    if (t.isAfter(now.plus(MAX_CLOCK_SKEW))) {
                        throw new IllegalArgumentException("is more than " + MAX_CLOCK_SKEW.toMinutes()
                                + " minutes ahead of the server's clock (" + now + "); check the sender's clock");
                    }
                    return t;
                });
        boolean location = type != null && type.isLocationUpdate();
        String mcc = code(
                v,
                at + "mcc",
                item.mcc(),
                "\\d{3}",
                "must be a Mobile Country Code of 3 digits, e.g. \"262\"",
                location);
        String mnc = code(
                v,
                at + "mnc",
                item.mnc(),
                "\\d{2,3}",
                "must be a Mobile Network Code of 2 or 3 digits as the network broadcasts it, e.g. \"01\"",
                location);
        RatType rat = null;
        if (item.ratType() == null) {
            v.require(!location, at + "rat_type", "is required for a location update: one of " + ratNames());
        } else {
            rat = v.parse(at + "rat_type", item.ratType(), NetworkEventParser::rat);
        }
        String node = item.node() == null
                ? null
                : v.parse(at + "node", item.node(), raw -> {
                    String n = raw.strip();
                    if (n.isEmpty() || n.length() > MAX_NODE) {
                        throw new IllegalArgumentException("must be 1 to " + MAX_NODE + " characters when given");
                    }
                    return n;
                });
        Long lac = range(v, at + "lac", item.lac(), MAX_LAC);
        Long tac = range(v, at + "tac", item.tac(), MAX_TAC);
        Long cellId = range(v, at + "cell_id", item.cellId(), MAX_CELL_ID);
        return new NetworkEvent(
                index,
                type,
                imsi,
                occurredAt,
                mcc,
                mnc,
                rat,
                node,
                lac == null ? null : lac.intValue(),
                tac == null ? null : tac.intValue(),
                cellId);
    }

    private static String code(
            Validation v, String field, String raw, String pattern, String reason, boolean required) {
        if (raw == null) {
            v.require(!required, field, "is required for a location update");
            return null;
        }
        if (!raw.strip().matches(pattern)) {
            v.reject(field, reason);
            return null;
        }
        return raw.strip();
    }

    private static Long range(Validation v, String field, Long value, long max) {
        if (value != null && (value < 0 || value > max)) {
            v.reject(field, "must be from 0 to " + max);
            return null;
        }
        return value;
    }

    /** ISO-8601 with a zone offset, e.g. "2026-11-21T10:15:30Z" or "2026-11-21T11:15:30+01:00". */
    private static Instant instant(String raw) {
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "must be an ISO-8601 time with an offset, e.g. \"2026-11-21T10:15:30Z\"");
        }
    }

    /** A {@link RatType} name (LTE, NB_IOT, "nb-iot") or label (4G, NB-IoT). */
    private static RatType rat(String raw) {
        String name = raw.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (RatType t : RatType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return RatType.byLabel(raw).orElseThrow(() -> new IllegalArgumentException("must be one of " + ratNames()));
    }

    private static String ratNames() {
        return Arrays.stream(RatType.values()).map(RatType::name).collect(Collectors.joining(", "));
    }

    private static ApiException badRequest(Validation v) {
        List<ApiException.FieldError> errors = v.errors();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid; see errors. Nothing was applied.";
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail, errors, Map.of());
    }
}
