package org.simfleet.app.api;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Renders every API failure as RFC 9457 {@code application/problem+json}: a title, a detail a person can
 * act on, and for input errors an {@code errors} array naming each field and its reason. Unexpected
 * failures answer 500 without internals; the log keeps the stack trace.
 */
// Ahead of Boot's own problem-details advice, so every error carries our `errors` array.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail p = problem(e.status(), e.title(), e.getMessage(), e.errors());
        e.extra().forEach(p::setProperty);
        if (e.extra().get("retry_after_seconds") instanceof Long seconds) {
            return ResponseEntity.status(p.getStatus())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Retry-After", seconds.toString())
                    .body(p);
        }
        return respond(p);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e) {
        List<ApiException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiException.FieldError(snake(f.getField()), f.getDefaultMessage()))
                .toList();
        return api(ApiException.invalid(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String reason = "is not valid JSON";
        if (e.getCause() instanceof JacksonException je) {
            String path = JsonBody.field(je);
            if (!path.isEmpty()) {
                field = path;
                reason = "has the wrong type or format";
            } else {
                reason = "is not valid JSON: " + je.getOriginalMessage();
            }
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            reason = "is required";
        }
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "Bad request",
                field + " " + reason,
                List.of(new ApiException.FieldError(field, reason))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return api(ApiException.badRequest(e.getName(), "has the wrong format: '" + e.getValue() + "'"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return api(ApiException.badRequest(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return api(ApiException.badRequest(e.getHeaderName(), "header is required"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                "Content-Type " + e.getContentType() + " is not accepted here; use one of "
                        + e.getSupportedMediaTypes(),
                List.of(new ApiException.FieldError("Content-Type", "is not supported"))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "Method not allowed",
                e.getMethod() + " is not allowed here; allowed: " + e.getSupportedHttpMethods(),
                List.of()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(
                problem(HttpStatus.NOT_FOUND, "Not found", "No such resource: /" + e.getResourcePath(), List.of()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        // Services check uniqueness first; this catches the race where two requests pass the check together.
        log.info(
                "Constraint violation answered 409: {}",
                e.getMostSpecificCause().getMessage());
        return api(ApiException.conflict(
                "The change conflicts with existing data (a duplicate or a missing reference); nothing was written"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure answering a request", e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "The request failed on the server; nothing partial was kept. The server log has details.",
                List.of()));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<ApiException.FieldError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
