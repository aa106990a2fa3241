package org.simfleet.app.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <auth_token>} requests. A request that presents a token
 * that is forged, expired or whose subject was revoked is answered 401 here, not treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final BearerCallers callers;

    BearerTokenFilter(BearerCallers callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (!BearerCallers.isBearer(header)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = callers.find(header, request.getRemoteAddr());
        if (caller.isEmpty()) {
            SecurityProblems.write(
                    response,
                    401,
                    "Unauthorized",
                    "The auth_token is invalid, expired or revoked; obtain a new one from POST /api/v1/authenticate");
            return;
        }
        Caller c = caller.get();
        var authentication = new UsernamePasswordAuthenticationToken(
                c, null, List.of(new SimpleGrantedAuthority("ROLE_" + c.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
