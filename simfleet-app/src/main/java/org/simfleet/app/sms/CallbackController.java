package org.simfleet.app.sms;

import io.swagger.v3.oas.annotations.Operation;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organisations/{id}/sms-callback}: where the organisation's MO messages and delivery reports go. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/sms-callback")
class CallbackController {

    private final CallbackService callbacks;

    CallbackController(CallbackService callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping
    CallbackService.CallbackView get(@AuthenticationPrincipal Caller caller, @PathVariable long orgId) {
        return callbacks.get(caller, orgId);
    }

    @Operation(
            summary = "Set the callback URL and secret",
            description = "Each MO message and each final MT status is POSTed as a JSON array of events, signed with"
                    + " X-Simfleet-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>; answered other"
                    + " than 2xx it is sent again with backoff, for up to 3 days.")
    @PutMapping
    CallbackService.CallbackView put(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long orgId,
            @RequestBody CallbackService.CallbackRequest body) {
        return callbacks.put(caller, orgId, body);
    }

    @DeleteMapping
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long orgId) {
        callbacks.delete(caller, orgId);
        return ResponseEntity.noContent().build();
    }
}
