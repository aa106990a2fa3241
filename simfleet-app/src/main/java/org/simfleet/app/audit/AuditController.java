package org.simfleet.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
 * {@code GET /api/v1/audit} and the per-SIM and per-endpoint views of the same log. {@code from} is
 * inclusive and {@code to} exclusive (ISO-8601 instants); {@code organisation_id} narrows the operator's
 * platform-wide view to one organisation and never widens a customer's.
 */
@RestController
@Tag(name = "Audit log", description = "Who changed what, when, from where, and whether it succeeded")
class AuditController {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Audit entries of the caller's organisation (the operator: of every organisation)")
    ResponseEntity<List<AuditEntry>> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String action,
            @RequestParam(name = "object_type", required = false) String objectType,
            @RequestParam(name = "object_id", required = false) String objectId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String result,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "organisation_id", required = false) Long organisationId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        var filter = new AuditFilter(
                action, objectType, objectId, actor, result, TimeWindow.parse(from, to), organisationId);
        PageQuery q = page(page, perPage, sort);
        return respond(search.search(caller, filter, q), q);
    }

    @GetMapping("/api/v1/sims/{iccid}/audit")
    @Operation(summary = "Audit entries of one SIM, by ICCID")
    ResponseEntity<List<AuditEntry>> sim(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String iccid,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String result,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "organisation_id", required = false) Long organisationId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        var filter = new AuditFilter(action, null, null, actor, result, TimeWindow.parse(from, to), organisationId);
        PageQuery q = page(page, perPage, sort);
        return respond(search.forSim(caller, iccid, filter, q), q);
    }

    @GetMapping("/api/v1/endpoints/{id}/audit")
    @Operation(summary = "Audit entries of one endpoint")
    ResponseEntity<List<AuditEntry>> endpoint(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String result,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        var filter = new AuditFilter(action, null, null, actor, result, TimeWindow.parse(from, to), null);
        PageQuery q = page(page, perPage, sort);
        return respond(search.forEndpoint(caller, id, filter, q), q);
    }

    private static PageQuery page(Integer page, Integer perPage, String sort) {
        return PageQuery.of(page, perPage, sort, AuditSearch.SORTABLE, AuditSearch.DEFAULT_SORT);
    }

    private static ResponseEntity<List<AuditEntry>> respond(AuditSearch.Found found, PageQuery q) {
        return Paged.respond(found.items(), found.total(), q);
    }
}
