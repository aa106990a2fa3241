package org.simfleet.simulator.network;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's REST API as a client script uses it: bearer token (an application token, or one a login with
 * username and password returns), JSON in and out, paged lists read to the end. Any non-2xx answer is an error that
 * names the request and quotes the problem document.
 */
public final class PlatformApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> login;
    private volatile String token;

    private PlatformApi(String base, String token, Map<String, String> login) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
        this.login = login;
    }

    /**
     * With an application token ({@code sft_…}, exchanged for short-lived bearer tokens at {@code POST
     * /api/v1/authenticate}, again whenever one expires) or a bearer token as it is.
     */
    public static PlatformApi withToken(String base, String token) {
        if (token != null && token.startsWith("sft_")) {
            PlatformApi api = new PlatformApi(base, null, Map.of("application_token", token));
            api.authenticate();
            return api;
        }
        return new PlatformApi(base, token, null);
    }

    /** Signs in with {@code POST /api/v1/authenticate}, and again when the bearer token expires. */
    public static PlatformApi login(String base, String username, String password) {
        PlatformApi api = new PlatformApi(base, null, Map.of("username", username, "password", password));
        api.authenticate();
        return api;
    }

    private void authenticate() {
        token = new PlatformApi(base, null, null)
                .post("/api/v1/authenticate", login)
                .get("auth_token")
                .asString();
    }

    public String base() {
        return base;
    }

    public String token() {
        return token;
    }

    public JsonNode get(String path) {
        return send("GET", path, null).body;
    }

    public JsonNode post(String path, Object body) {
        return send("POST", path, body).body;
    }

    /** Every item of a paged list, 1,000 at a time. */
    public List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            Answer a = send("GET", path + sep + "per_page=1000&page=" + page, null);
            a.body.forEach(items::add);
            long total = a.total < 0 ? items.size() : a.total;
            if (a.body.isEmpty() || items.size() >= total) {
                return items;
            }
        }
    }

    /** The X-Total-Count of a list, asking for one item only. */
    public long count(String path) {
        String sep = path.contains("?") ? "&" : "?";
        return send("GET", path + sep + "per_page=1", null).total;
    }

    private record Answer(JsonNode body, long total) {}

    private Answer send(String method, String path, Object body) {
        try {
            return sendOnce(method, path, body);
        } catch (Unauthorized e) {
            if (login == null) {
                throw e;
            }
            authenticate(); // the bearer token expired: sign in again, once
            return sendOnce(method, path, body);
        }
    }

    private Answer sendOnce(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401) {
                throw new Unauthorized(method + " " + path + " answered 401: " + r.body());
            }
            if (r.statusCode() / 100 != 2) {
                throw new PlatformException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            long total = r.headers().firstValueAsLong("X-Total-Count").orElse(-1);
            return new Answer(r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()), total);
        } catch (IOException e) {
            throw new PlatformException(method + " " + base + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(method + " " + path + " interrupted", e);
        }
    }

    private static final class Unauthorized extends PlatformException {
        Unauthorized(String message) {
            super(message);
        }
    }

    /** The platform refused a request or could not be reached. */
    public static class PlatformException extends RuntimeException {
        PlatformException(String message) {
            super(message);
        }

        PlatformException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
