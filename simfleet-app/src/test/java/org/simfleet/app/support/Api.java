package org.simfleet.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for API tests: real requests over loopback to the running application, as a
 * user's script would send them.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Long enough for any single request of the suite on a busy two-core machine; volume tests ask for more. */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final String base;
    private final String token;
    private final Duration timeout;

    public Api(String base, String token) {
        this(base, token, DEFAULT_TIMEOUT);
    }

    private Api(String base, String token, Duration timeout) {
        this.base = base;
        this.token = token;
        this.timeout = timeout;
    }

    /** The same caller, waiting up to {@code timeout} for each answer: for requests that carry 100,000 SIMs. */
    public Api withTimeout(Duration timeout) {
        return new Api(base, token, timeout);
    }

    public String token() {
        return token;
    }

    public Api as(String otherToken) {
        return new Api(base, otherToken, timeout);
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b =
                request(path).header("Content-Type", "application/json").POST(bodyOf(body));
        headers.forEach(b::header);
        return send(b);
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", bodyOf(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(timeout);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    private static Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
