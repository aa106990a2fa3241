package org.simfleet.app.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in user on every portal request, as {@link BearerTokenFilter} does for a token, so
 * that a disabled user or a changed role takes effect at once rather than when the session ends. The
 * fresh {@link Caller} lives for this request only; the session keeps just the account.
 */
class SessionCaller extends OncePerRequestFilter {

    private final CallerLookup callers;

    SessionCaller(CallerLookup callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AuthenticationService.Account account)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller =
                callers.find(new AuthTokens.Subject("U", account.userId(), account.orgId()), request.getRemoteAddr());
        if (caller.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        Caller c = caller.get();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                c, null, List.of(new SimpleGrantedAuthority("ROLE_" + c.role().name()))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
