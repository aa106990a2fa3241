package org.simfleet.app.sms;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data and SMS usage: an endpoint's this and last month, and the organisation's series for charts. */
@RestController
class UsageController {

    private final UsageQueries usage;
    private final java.time.Clock clock;

    UsageController(UsageQueries usage, java.time.Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    @Operation(summary = "The endpoint's data bytes and SMS (MO received, MT sent) this and last calendar month (UTC)")
    @GetMapping("/api/v1/endpoints/{endpointId}/usage")
    Usage.EndpointUsage endpoint(@AuthenticationPrincipal Caller caller, @PathVariable long endpointId) {
        return usage.endpoint(caller, endpointId);
    }

    @Operation(
            summary = "The organisation's usage per hour or day from 'from' (default: 30 days before 'to') to 'to'"
                    + " (default: now); every bucket is listed, empty ones with zeros")
    @GetMapping("/api/v1/usage")
    List<Usage.Bucket> series(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(defaultValue = "day") String granularity,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ChronoUnit unit =
                switch (granularity) {
                    case "hour" -> ChronoUnit.HOURS;
                    case "day" -> ChronoUnit.DAYS;
                    default -> throw ApiException.badRequest("granularity", "must be hour or day");
                };
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : instant("from", from);
        if (!start.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        return usage.series(caller, unit, start, end);
    }

    private static Instant instant(String field, String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
