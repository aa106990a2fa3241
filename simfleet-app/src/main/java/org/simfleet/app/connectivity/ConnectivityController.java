package org.simfleet.app.connectivity;

import org.simfleet.app.tenant.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/endpoints/{id}/connectivity}, its reset, and the same status seen from a SIM. */
@RestController
class ConnectivityController {

    private final ConnectivityReport report;
    private final ConnectivityReset reset;

    ConnectivityController(ConnectivityReport report, ConnectivityReset reset) {
        this.report = report;
        this.reset = reset;
    }

    @GetMapping("/api/v1/endpoints/{id}/connectivity")
    Connectivity ofEndpoint(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return report.ofEndpoint(caller, id);
    }

    @GetMapping("/api/v1/sims/{iccid}/connectivity")
    Connectivity ofSim(@AuthenticationPrincipal Caller caller, @PathVariable String iccid) {
        return report.ofSim(caller, iccid);
    }

    /**
     * Sends a Disconnect-Request for each open session. 200 when every gateway has answered, 202 when some are still
     * retrying (their answers reach the event log).
     */
    @PostMapping("/api/v1/endpoints/{id}/connectivity/reset")
    ResponseEntity<ConnectivityReset.Result> reset(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        ConnectivityReset.Result result = reset.reset(caller, id);
        boolean pending = result.sessions().stream().anyMatch(o -> "PENDING".equals(o.result()));
        return ResponseEntity.status(pending ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(result);
    }
}
