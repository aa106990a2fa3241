package org.simfleet.app.tenant;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/authenticate}, as emnify's API has it: an application token, a username and
 * password, or a refresh token in; a short-lived bearer {@code auth_token} out.
 */
@RestController
class AuthenticationController {

    private final AuthenticationService authentication;

    AuthenticationController(AuthenticationService authentication) {
        this.authentication = authentication;
    }

    @PostMapping("/api/v1/authenticate")
    AuthenticationService.AuthenticateResponse authenticate(
            @RequestBody AuthenticationService.AuthenticateRequest body, HttpServletRequest request) {
        return authentication.authenticate(body, request.getRemoteAddr());
    }
}
