package org.simfleet.app.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Paged;
import org.simfleet.app.history.TimeWindow;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data sessions of an endpoint or a SIM (by ICCID, as every SIM path), newest first. {@code from} (inclusive) and
 * {@code to} (exclusive) are ISO-8601 instants on started_at; {@code open=true} lists the sessions still going.
 */
@RestController
@Tag(name = "Data sessions", description = "PDP contexts / PDN connections as the packet gateways account for them")
class SessionController {

    private final SessionQueries queries;

    SessionController(SessionQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/endpoints/{id}/sessions")
    @Operation(summary = "Data sessions of one endpoint")
    ResponseEntity<List<DataSession>> ofEndpoint(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String open,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        PageQuery q = PageQuery.of(page, perPage, sort, SessionQueries.SORTABLE, "-started_at");
        SessionQueries.Page result = queries.ofEndpoint(caller, id, filter(from, to, open), q);
        return Paged.respond(result.items(), result.total(), q);
    }

    @GetMapping("/api/v1/endpoints/{id}/sessions/{sessionId}")
    @Operation(summary = "One data session of an endpoint")
    DataSession oneOfEndpoint(
            @AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable UUID sessionId) {
        return queries.oneOfEndpoint(caller, id, sessionId);
    }

    @GetMapping("/api/v1/sims/{iccid}/sessions")
    @Operation(summary = "Data sessions of one SIM, by ICCID")
    ResponseEntity<List<DataSession>> ofSim(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String iccid,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String open,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        PageQuery q = PageQuery.of(page, perPage, sort, SessionQueries.SORTABLE, "-started_at");
        SessionQueries.Page result = queries.ofSim(caller, iccid, filter(from, to, open), q);
        return Paged.respond(result.items(), result.total(), q);
    }

    @GetMapping("/api/v1/sims/{iccid}/sessions/{sessionId}")
    @Operation(summary = "One data session of a SIM")
    DataSession oneOfSim(
            @AuthenticationPrincipal Caller caller, @PathVariable String iccid, @PathVariable UUID sessionId) {
        return queries.oneOfSim(caller, iccid, sessionId);
    }

    private static SessionQueries.Filter filter(String from, String to, String open) {
        Boolean wanted = null;
        if (open != null) {
            wanted = switch (open.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw ApiException.badRequest("open", "must be true or false");
            };
        }
        return new SessionQueries.Filter(TimeWindow.parse(from, to), wanted);
    }
}
