package org.simfleet.app.sms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.tenant.BearerCallers;
import org.simfleet.app.tenant.Caller;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/endpoints/{id}/sms} answered here, ahead of Spring Security's filter chain and Spring MVC: in
 * the SMS benchmark those two took about 70 % of a request's CPU (a dozen filter layers and request wrappers, and a
 * handler lookup that matches every mapping because the path has a variable), the send itself about 10 %. The
 * request is authenticated with the same {@link BearerCallers} and held to the same rule (writes need ADMIN or
 * USER); its body is bound to {@link SmsRequest} with the same strictness as {@link SmsController}; its answer and
 * every problem are rendered by the API's own exception handling, with the headers the security chain adds.
 *
 * <p>Anything else goes down the regular chain untouched, which then answers exactly as without this filter: no or
 * a refused bearer token (401), a role that may not write (403), an {@code Idempotency-Key} (the idempotency filter
 * needs the security context), a body that is not JSON or is larger than {@link #MAX_BODY}, any other path.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1) // after the http.server.requests observation starts
class SmsSendFilter extends HttpFilter {

    static final String PATH_PATTERN = "/api/v1/endpoints/{endpointId}/sms";
    private static final String PREFIX = "/api/v1/endpoints/";
    private static final String SUFFIX = "/sms";
    /** Ten parts of UCS-2 in JSON escapes is under 8 KiB; four times that leaves room for every field. */
    private static final int MAX_BODY = 32 * 1024;
    /** Spring Security's defaults, which the API chain keeps (SecurityConfig changes no header there). */
    private static final List<HeaderWriter> SECURITY_HEADERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new CacheControlHeadersWriter(),
            new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY));

    private final BearerCallers callers;
    private final SmsService sms;
    private final HandlerExceptionResolver problems;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    SmsSendFilter(
            BearerCallers callers,
            SmsService sms,
            JsonMapper json,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.callers = callers;
        this.sms = sms;
        this.problems = problems;
        this.reader = json.readerFor(SmsRequest.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.writer = json.writerFor(SmsMessage.class);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long endpointId = "POST".equals(request.getMethod()) ? endpointId(request) : -1;
        String authorization = endpointId < 0 ? null : request.getHeader("Authorization");
        if (!BearerCallers.isBearer(authorization)
                || request.getHeader("Idempotency-Key") != null
                || !isJson(request.getContentType())
                || request.getContentLengthLong() > MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = callers.find(authorization, request.getRemoteAddr());
        if (caller.isEmpty() || !caller.get().role().canWrite()) {
            chain.doFilter(request, response); // answered 401 or 403 by the security chain
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(PATH_PATTERN));
        try {
            SmsMessage sent = sms.send(caller.get(), endpointId, body(request));
            byte[] json = writer.writeValueAsBytes(sent);
            response.setStatus(HttpServletResponse.SC_CREATED);
            securityHeaders(request, response);
            response.setHeader("Location", PREFIX + endpointId + SUFFIX + "/" + sent.id());
            response.setContentType("application/json");
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
        } catch (RuntimeException e) {
            securityHeaders(request, response);
            if (problems.resolveException(request, response, null, e) == null) {
                throw e;
            }
        }
    }

    /** The id in {@code /api/v1/endpoints/{id}/sms}, or -1 for any other path (ids of up to 18 digits fit). */
    static long endpointId(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int from = request.getContextPath().length() + PREFIX.length();
        int to = uri.length() - SUFFIX.length();
        if (to <= from || to - from > 18 || !uri.startsWith(PREFIX, from - PREFIX.length()) || !uri.endsWith(SUFFIX)) {
            return -1;
        }
        long id = 0;
        for (int i = from; i < to; i++) {
            char c = uri.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "application/json", 0, 16);
    }

    /**
     * The request bound as {@link JsonBody} binds it, its failures thrown as the exceptions
     * the controller's path would meet, so the API's handler renders the same problem for them.
     */
    private SmsRequest body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw ApiException.badRequest("body", "is larger than " + MAX_BODY + " bytes");
        }
        SmsRequest parsed;
        try {
            parsed = bytes.length == 0 ? null : reader.readValue(bytes);
        } catch (JacksonException e) {
            if (!(e instanceof DatabindException) || JsonBody.field(e).isEmpty()) {
                throw new HttpMessageNotReadableException(
                        "JSON parse error: " + e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
            }
            throw JsonBody.invalid(e);
        }
        if (parsed == null) {
            throw new HttpMessageNotReadableException(
                    "Required request body is missing", new ServletServerHttpRequest(request));
        }
        return parsed;
    }

    /** What the API's security chain adds to every answer: its default header writers (HSTS on HTTPS only). */
    private static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter w : SECURITY_HEADERS) {
            w.writeHeaders(request, response);
        }
    }
}
