package org.simfleet.app.sim;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sims}: importing batches, registering them by BIC, and changing one SIM's state. */
@RestController
@RequestMapping("/api/v1/sims")
class SimController {

    static final String PATCH_DESCRIPTION =
            """
            Moves the SIM to `state` now (200 with the SIM) or, with a future `effective_at`, schedules the change \
            (202 with the scheduled change, see `/api/v1/sims/state-changes`). A transition the table does not \
            allow, or to the state the SIM is in, answers 409 with `allowed_transitions`. Moving to `TERMINATED` \
            needs the role ADMIN. Only the states marked "passes traffic" may use the network.

            """
                    + SimState.TRANSITIONS_MARKDOWN;

    /** {@code effective_at}: when to change; absent means now. */
    record SimPatch(String state, Instant effectiveAt) {}

    private final SimImportService imports;
    private final SimRegistration registration;
    private final SimLifecycle lifecycle;
    private final StateChanges stateChanges;

    SimController(
            SimImportService imports, SimRegistration registration, SimLifecycle lifecycle, StateChanges stateChanges) {
        this.imports = imports;
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.stateChanges = stateChanges;
    }

    @Operation(
            summary = "Import a batch of SIMs (operator)",
            description =
                    """
                    `{"bic": optional, "sims": [{"iccid", "imsi", "msisdn", "form_factor", "quality_grade"}]}`, up to \
                    100,000 SIMs. All or nothing: any wrong line answers 422 listing every error (the first 1,000, with \
                    `total_errors`). form_factor: MINI_2FF, MICRO_3FF, NANO_4FF, TRIPLE_CUT (default), MFF2; \
                    quality_grade: COMMERCIAL (default), INDUSTRIAL, AUTOMOTIVE. Without a BIC one is generated.""")
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SimImportService.Imported> importJson(
            @AuthenticationPrincipal Caller caller, @RequestBody SimImportService.ImportRequest body) {
        return created(imports.importJson(caller, body));
    }

    @Operation(
            summary = "Import a batch of SIMs from CSV (operator)",
            description =
                    """
                    A header line names the columns in any order: iccid, imsi (required), msisdn, form_factor, \
                    quality_grade; then one SIM per line. The BIC comes in the `bic` query parameter.""")
    @PostMapping(path = "/import", consumes = "text/csv")
    ResponseEntity<SimImportService.Imported> importCsv(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String bic,
            @RequestBody String csv) {
        return created(imports.importCsv(caller, bic, csv));
    }

    @Operation(
            summary = "Register a batch by its BIC (customer)",
            description = "The batch's SIMs still in INVENTORY become the caller's organisation's, state REGISTERED.")
    @PostMapping("/register")
    SimRegistration.Registered register(
            @AuthenticationPrincipal Caller caller, @RequestBody SimRegistration.RegisterRequest body) {
        return registration.register(caller, body);
    }

    @Operation(summary = "Change a SIM's state, now or at a date", description = PATCH_DESCRIPTION)
    @PatchMapping("/{iccid}")
    ResponseEntity<?> patch(
            @AuthenticationPrincipal Caller caller, @PathVariable String iccid, @RequestBody SimPatch body) {
        InputErrors errors = new InputErrors();
        SimState to = StateChanges.targetState(errors, "state", body.state());
        stateChanges.checkEffectiveAt(errors, body.effectiveAt());
        errors.throwIfAny("nothing was changed");
        if (body.effectiveAt() == null) {
            return ResponseEntity.ok(lifecycle.changeOne(caller, iccid, to));
        }
        StateChanges.StateChange scheduled = stateChanges.scheduleOne(caller, iccid, to, body.effectiveAt());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/sims/state-changes/" + scheduled.id()))
                .body(scheduled);
    }

    private static ResponseEntity<SimImportService.Imported> created(SimImportService.Imported imported) {
        return ResponseEntity.created(
                        URI.create("/api/v1/sims?bic=" + imported.batch().bic()))
                .body(imported);
    }
}
