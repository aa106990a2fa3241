package org.simfleet.app.tenant;

import java.util.List;
import org.simfleet.app.api.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The portal's sign-in form: the same password check and the same throttle as {@code POST
 * /api/v1/authenticate}. The session keeps only the {@link AuthenticationService.Account}; {@link
 * SessionCaller} turns it into a fresh {@link Caller} on every request.
 */
@Component
class PortalSignIn implements AuthenticationProvider {

    private final AuthenticationService authentication;

    PortalSignIn(AuthenticationService authentication) {
        this.authentication = authentication;
    }

    @Override
    public Authentication authenticate(Authentication given) {
        String address = given.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        try {
            AuthenticationService.Account account = authentication.checkPassword(
                    given.getName(),
                    given.getCredentials() == null
                            ? null
                            : given.getCredentials().toString(),
                    address);
            return UsernamePasswordAuthenticationToken.authenticated(account, null, List.of());
        } catch (ApiException e) {
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
                throw new LockedException(e.getMessage());
            }
            throw new BadCredentialsException("username or password is wrong, or the user is disabled");
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
