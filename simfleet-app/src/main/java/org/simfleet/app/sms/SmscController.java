package org.simfleet.app.sms;

import io.swagger.v3.oas.annotations.Operation;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/network/smsc}: the SMPP connection to the operator's SMSC (platform operator ADMIN only). */
@RestController
@RequestMapping("/api/v1/network/smsc")
class SmscController {

    private final SmscService smsc;

    SmscController(SmscService smsc) {
        this.smsc = smsc;
    }

    @Operation(summary = "The SMSC settings (password left out) and this node's live bind_state")
    @GetMapping
    SmscView get(@AuthenticationPrincipal Caller caller) {
        return smsc.get(caller);
    }

    @Operation(summary = "Replace the SMSC settings; the connection is made again with them")
    @PutMapping
    SmscView put(@AuthenticationPrincipal Caller caller, @RequestBody SmscRequest body) {
        return smsc.put(caller, body);
    }
}
