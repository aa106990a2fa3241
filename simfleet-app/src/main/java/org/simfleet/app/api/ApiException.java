package org.simfleet.app.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the API answers with an RFC 9457 problem document. Services throw the factory results;
 * {@link ProblemHandler} renders them, so no controller builds error bodies itself.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extra;

    public ApiException(
            HttpStatus status, String title, String detail, List<FieldError> errors, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extra = Map.copyOf(extra);
    }

    /** One wrong input: where it is (a JSON field, a query parameter, a CSV line) and what is wrong with it. */
    public record FieldError(String field, String reason) {}

    public static ApiException notFound(String what, Object id) {
        return new ApiException(
                HttpStatus.NOT_FOUND, "Not found", what + " " + id + " does not exist", List.of(), Map.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of(), Map.of());
    }

    public static ApiException conflict(String detail, Map<String, Object> extra) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of(), extra);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of(), Map.of());
    }

    public static ApiException badRequest(String field, String reason) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "Bad request",
                field + ": " + reason,
                List.of(new FieldError(field, reason)),
                Map.of());
    }

    public static ApiException invalid(String field, String reason) {
        return invalid(List.of(new FieldError(field, reason)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid; see errors";
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", detail, errors, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
