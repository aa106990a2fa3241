package org.simfleet.app.tenant;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/application-tokens}: admins create (shown once), list and revoke (DELETE) machine tokens. */
@RestController
@RequestMapping("/api/v1/application-tokens")
class ApplicationTokenController {

    private final ApplicationTokenService tokens;

    ApplicationTokenController(ApplicationTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApplicationTokenService.Token> list(@AuthenticationPrincipal Caller caller) {
        return tokens.list(caller);
    }

    @GetMapping("/{id}")
    ApplicationTokenService.Token get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return tokens.get(caller, id);
    }

    @PostMapping
    ResponseEntity<ApplicationTokenService.Token> create(
            @AuthenticationPrincipal Caller caller, @RequestBody ApplicationTokenService.CreateToken body) {
        var token = tokens.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/application-tokens/" + token.id()))
                .body(token);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        tokens.revoke(caller, id);
        return ResponseEntity.noContent().build();
    }
}
