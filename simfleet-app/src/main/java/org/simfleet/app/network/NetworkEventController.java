package org.simfleet.app.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/network/events}: the HLR/HSS reports location management events in batches. */
@RestController
class NetworkEventController {

    private final NetworkEventService service;

    NetworkEventController(NetworkEventService service) {
        this.service = service;
    }

    @Operation(
            summary = "Report network events",
            description =
                    """
                    For network elements of the platform operator (an application token with the role NETWORK, or \
                    an operator ADMIN or USER). Up to 1,000 events per request: UPDATE_LOCATION, \
                    UPDATE_GPRS_LOCATION (with mcc, mnc and rat_type), PURGE_LOCATION, CANCEL_LOCATION and \
                    AUTHENTICATION_FAILURE. The answer holds one result per event, in order: whether a location \
                    update is ALLOWED or REJECTED (and why), RECORDED for the others, UNKNOWN_SIM for an IMSI no \
                    SIM has. A malformed batch answers 400 naming each wrong field (events[3].mcc) and applies \
                    nothing.""")
    @PostMapping(NetworkEventService.PATH)
    NetworkEventResult.Batch report(
            @AuthenticationPrincipal Caller caller,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = NetworkEventBatch.class)))
                    @RequestBody
                    ObjectNode body) {
        return service.report(caller, body);
    }
}
