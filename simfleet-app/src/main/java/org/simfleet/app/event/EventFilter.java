package org.simfleet.app.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.history.LogFilter;
import org.simfleet.app.history.TimeWindow;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.tenant.Caller;

/**
 * The filters of an event query, all optional: {@code type} is a comma-separated list of event types,
 * {@code sim} an ICCID. Unknown types, severities and sources answer 400 naming the parameter rather
 * than an empty page, so a typo is not mistaken for a quiet fleet.
 */
public record EventFilter(
        List<EventType> types,
        EventLog.Severity severity,
        EventLog.Source source,
        String iccid,
        Long simId,
        Long endpointId,
        TimeWindow window,
        Long organisationId) {

    public static EventFilter parse(
            String type,
            String severity,
            String source,
            String iccid,
            Long endpointId,
            String from,
            String to,
            Long organisationId) {
        return new EventFilter(
                types(type),
                constant("severity", severity, EventLog.Severity.class),
                constant("source", source, EventLog.Source.class),
                iccid(iccid),
                null,
                endpointId,
                TimeWindow.parse(from, to),
                organisationId);
    }

    EventFilter ofSim(long id) {
        return new EventFilter(types, severity, source, null, id, null, window, organisationId);
    }

    EventFilter ofEndpoint(long id) {
        return new EventFilter(types, severity, source, null, null, id, window, organisationId);
    }

    LogFilter where(Caller caller) {
        return new LogFilter()
                .organisations(caller, "e.org_id", organisationId)
                .anyOf("e.type", types.stream().map(Enum::name).toList())
                .equal("e.severity", severity == null ? null : severity.name())
                .equal("e.source", source == null ? null : source.name())
                .equal("s.iccid", iccid)
                .equal("e.sim_id", simId)
                .equal("e.endpoint_id", endpointId)
                .within("e.occurred_at", window);
    }

    /** An ICCID per ITU-T E.118 (kernel {@link Iccid}); a malformed one cannot match and answers 400. */
    private static String iccid(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Iccid.of(raw).value();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sim", e.getMessage());
        }
    }

    private static List<EventType> types(String list) {
        List<EventType> types = new ArrayList<>();
        if (list != null) {
            for (String name : list.split(",")) {
                if (!name.isBlank()) {
                    types.add(constant("type", name, EventType.class));
                }
            }
        }
        return types;
    }

    private static <E extends Enum<E>> E constant(String parameter, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    parameter, "'" + raw.strip() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
