package org.simfleet.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import tools.jackson.databind.JsonNode;

class OpenApiDocumentTest extends ApiTest {

    @Test
    void documentIsOpenApi3AndListsTheApi() {
        Api.Response r = anonymous().get("/api/v1/openapi.json");

        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("info").get("title").asText()).isEqualTo("Simfleet API");
        assertThat(doc.get("info").get("version").asText()).isNotBlank();
        assertThat(doc.get("info").get("license").get("name").asText()).isEqualTo("Apache-2.0");
        assertThat(paths(doc)).contains("/api/v1/authenticate", "/api/v1/audit", "/api/v1/events");
    }

    @Test
    void everyOperationButAuthenticationNeedsTheBearerToken() {
        JsonNode doc = anonymous().get("/api/v1/openapi.json").json();

        JsonNode scheme = doc.get("components").get("securitySchemes").get(OpenApiConfig.BEARER);
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualTo("bearer");
        assertThat(doc.get("security").get(0).has(OpenApiConfig.BEARER)).isTrue();
        assertThat(doc.get("paths").get("/api/v1/audit").get("get").has("security"))
                .isFalse();
        assertThat(doc.get("paths").get("/api/v1/authenticate").get("post").get("security"))
                .isEmpty();
    }

    @Test
    void schemasNameFieldsInSnakeCaseAsTheApiWritesThem() {
        JsonNode doc = anonymous().get("/api/v1/openapi.json").json();

        JsonNode entry = doc.get("components").get("schemas").get("AuditEntry").get("properties");
        assertThat(entry.has("organisation_id")).isTrue();
        assertThat(entry.has("organisationId")).isFalse();
    }

    @Test
    void postsThatNeedATokenDocumentTheIdempotencyKey() {
        JsonNode doc = anonymous().get("/api/v1/openapi.json").json();

        JsonNode post = doc.get("paths").get("/api/v1/application-tokens").get("post");
        assertThat(post.get("parameters").findValuesAsString("name")).contains("Idempotency-Key");
        assertThat(doc.get("paths").get("/api/v1/authenticate").get("post").has("parameters"))
                .isFalse();
    }

    @Test
    void swaggerUiAnswers() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> r = browser.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).containsIgnoringCase("swagger-ui");
    }

    private static List<String> paths(JsonNode doc) {
        List<String> paths = new ArrayList<>();
        doc.get("paths").propertyNames().forEach(paths::add);
        return paths;
    }
}
