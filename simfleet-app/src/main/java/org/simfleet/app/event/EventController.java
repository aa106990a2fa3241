package org.simfleet.app.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Paged;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/events} and the per-SIM and per-endpoint views of the same log. {@code from} is
 * inclusive and {@code to} exclusive (ISO-8601 instants); {@code organisation_id} narrows the operator's
 * platform-wide view to one organisation and never widens a customer's.
 */
@RestController
@Tag(name = "Event log", description = "Typed, graded happenings from the API, policies and the network")
class EventController {

    private final EventSearch search;

    EventController(EventSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Events of the caller's organisation (the operator: of every organisation)")
    ResponseEntity<List<LoggedEvent>> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String sim,
            @RequestParam(name = "endpoint_id", required = false) Long endpointId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "organisation_id", required = false) Long organisationId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        var filter = EventFilter.parse(type, severity, source, sim, endpointId, from, to, organisationId);
        PageQuery q = page(page, perPage, sort);
        return respond(search.search(caller, filter, q), q);
    }

    @GetMapping("/api/v1/sims/{iccid}/events")
    @Operation(summary = "Events of one SIM, by ICCID")
    ResponseEntity<List<LoggedEvent>> sim(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String iccid,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "organisation_id", required = false) Long organisationId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        var filter = EventFilter.parse(type, severity, source, null, null, from, to, organisationId);
        PageQuery q = page(page, perPage, sort);
        return respond(search.forSim(caller, iccid, filter, q), q);
    }

    @GetMapping("/api/v1/endpoints/{id}/events")
    @Operation(summary = "Events of one endpoint")
    ResponseEntity<List<LoggedEvent>> endpoint(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        var filter = EventFilter.parse(type, severity, source, null, null, from, to, null);
        PageQuery q = page(page, perPage, sort);
        return respond(search.forEndpoint(caller, id, filter, q), q);
    }

    private static PageQuery page(Integer page, Integer perPage, String sort) {
        return PageQuery.of(page, perPage, sort, EventSearch.SORTABLE, EventSearch.DEFAULT_SORT);
    }

    private static ResponseEntity<List<LoggedEvent>> respond(EventSearch.Found found, PageQuery q) {
        return Paged.respond(found.items(), found.total(), q);
    }
}
