package org.simfleet.app.sms;

import io.swagger.v3.oas.annotations.Operation;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/endpoints/{id}/apn-configuration}: set an APN on the endpoint's device. */
@RestController
class ApnConfigurationController {

    private final ApnConfigurationService service;

    ApnConfigurationController(ApnConfigurationService service) {
        this.service = service;
    }

    @Operation(
            summary = "Render the device model's APN commands and send the SMS ones",
            description = "For a model configured by SMS the commands are queued as SMS in step order (sent: true, each"
                    + " with its sms_id); for AT-command and manual models the text is answered without sending"
                    + " (sent: false). The same refusals as POST /sms apply.")
    @PostMapping("/api/v1/endpoints/{endpointId}/apn-configuration")
    ApnConfigurationService.Answer configure(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long endpointId,
            @RequestBody ApnConfigurationService.ApnConfigurationRequest body) {
        return service.configure(caller, endpointId, body);
    }
}
