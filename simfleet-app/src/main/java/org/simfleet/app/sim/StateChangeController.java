package org.simfleet.app.sim;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Paged;
import org.simfleet.app.api.Validation;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sims/state-changes}: bulk state changes, run now or scheduled, of the caller's organisation. */
@RestController
@RequestMapping("/api/v1/sims/state-changes")
class StateChangeController {

    private final StateChanges changes;

    StateChangeController(StateChanges changes) {
        this.changes = changes;
    }

    @Operation(
            summary = "Change the state of many SIMs",
            description =
                    """
                    `{"target_state", exactly one of "iccids": [...] | "bic": "..." | "filter": {search fields}, \
                    "effective_at": optional}` for up to 100,000 SIMs. Now: 200 with one result per SIM (CHANGED, \
                    REFUSED, NOT_FOUND, UNCHANGED); SIMs that may change do, whatever the others do. With a future \
                    `effective_at`: 202, and the change runs then, as the caller who asked, on the SIMs the selector \
                    takes at that time. The transitions are those of `PATCH /api/v1/sims/{iccid}`.""")
    @PostMapping
    ResponseEntity<StateChanges.StateChange> submit(
            @AuthenticationPrincipal Caller caller, @RequestBody StateChanges.BulkRequest body) {
        StateChanges.StateChange change = changes.submit(caller, body);
        if (change.status() == StateChangeStore.Status.SCHEDULED) {
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/sims/state-changes/" + change.id()))
                    .body(change);
        }
        return ResponseEntity.ok(change);
    }

    @GetMapping
    ResponseEntity<List<StateChanges.StateChange>> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        StateChangeStore.Status wanted = status(status);
        PageQuery q = PageQuery.of(page, perPage, sort, StateChangeStore.SORTABLE, "-created_at");
        return Paged.respond(changes.page(caller, wanted, q), changes.count(caller, wanted), q);
    }

    @GetMapping("/{id}")
    StateChanges.StateChange get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return changes.get(caller, id);
    }

    @Operation(
            summary = "Cancel a scheduled change",
            description = "204; 409 once it has run, failed or been canceled.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        changes.cancel(caller, id);
        return ResponseEntity.noContent().build();
    }

    private static StateChangeStore.Status status(String raw) {
        Validation v = new Validation();
        StateChangeStore.Status status = Validation.parseEnum(v, "status", raw, StateChangeStore.Status.class);
        if (v.hasErrors()) {
            throw ApiException.badRequest("status", v.errors().get(0).reason());
        }
        return status;
    }
}
