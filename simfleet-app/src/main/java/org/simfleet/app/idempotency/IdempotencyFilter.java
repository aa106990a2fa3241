package org.simfleet.app.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a POST that carries an {@code Idempotency-Key} at most once per organisation and key. It sits
 * after Spring Security, so it knows the caller and never stores answers for requests that were
 * refused before reaching the API. Its own errors go through the API's exception handling, so they
 * are the same problem documents as every other error.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final HandlerExceptionResolver problems;

    IdempotencyFilter(IdempotencyKeys keys, HandlerExceptionResolver problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !path.startsWith("/api/v1/")
                || path.equals("/api/v1/authenticate");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Caller caller)) {
            chain.doFilter(request, response); // only reachable for paths security lets in anonymously
            return;
        }
        String key;
        try {
            key = IdempotencyKeyHeader.parse(request.getHeader(HEADER));
        } catch (ApiException e) {
            problems.resolveException(request, response, null, e);
            return;
        }
        RequestFingerprint read;
        try {
            read = RequestFingerprint.of(request);
        } catch (IllegalStateException refused) {
            // The container refused the upload (a size limit). It refuses it again, the same way, when the
            // controller asks for the parts, so the request fails with or without a key and changes nothing.
            chain.doFilter(request, response);
            return;
        }
        try (RequestFingerprint fingerprint = read) {
            IdempotencyKeys.Claim claim = keys.claim(caller.orgId(), key, fingerprint.hash());
            switch (claim.outcome()) {
                case CLAIMED -> run(fingerprint.request(), response, chain, caller.orgId(), key);
                case REPLAY -> replay(response, claim.answer());
                case IN_PROGRESS -> problems.resolveException(
                        request,
                        response,
                        null,
                        ApiException.conflict("A request with this Idempotency-Key is in progress; retry when it"
                                + " has finished to get its answer"));
                case OTHER_REQUEST -> problems.resolveException(
                        request,
                        response,
                        null,
                        ApiException.invalid(
                                HEADER,
                                "was used for a different request (method, path, query or body); use a new key"
                                        + " for a new request"));
            }
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long org, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException e) {
            keys.release(org, key);
            throw e;
        }
        try {
            int status = captured.getStatus();
            if (kept(status) && !request.isAsyncStarted()) {
                keys.complete(
                        org,
                        key,
                        new IdempotencyKeys.Answer(
                                status,
                                captured.getContentType(),
                                captured.getHeader(HttpHeaders.LOCATION),
                                captured.getContentAsByteArray()));
            } else {
                keys.release(org, key);
            }
        } catch (DataAccessException e) {
            // The change is committed; answer it. The key stays claimed, so a retry is refused (409)
            // rather than run twice, until the key expires.
            log.error("Could not keep the answer for Idempotency-Key {} of organisation {}", key, org, e);
        } finally {
            captured.copyBodyToResponse();
        }
    }

    /**
     * 2xx and 4xx answers are final for this request and are replayed; 5xx, 408 and 429 say "try again
     * later", so the key is freed and the retry runs.
     */
    private static boolean kept(int status) {
        return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status != 408 && status != 429);
    }

    private static void replay(HttpServletResponse response, IdempotencyKeys.Answer answer) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
