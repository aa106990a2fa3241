package org.simfleet.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;

/** Every API failure is an RFC 9457 problem document naming what was wrong. */
class ProblemResponsesApiTest extends ApiTest {

    @Test
    void unknownPathAnswers404Problem() {
        Api.Response r = operator().get("/api/v1/nope");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void malformedJsonAnswers400NamingTheBody() {
        Api.Response r = operator().postRaw("/api/v1/users", "application/json", "{\"email\": ");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(field(r)).isEqualTo("body");
    }

    @Test
    void wrongJsonTypeAnswers400NamingTheField() {
        Api.Response r = operator().postRaw("/api/v1/users", "application/json", "{\"email\": {\"nested\": true}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(field(r)).isEqualTo("email");
    }

    @Test
    void unsupportedContentTypeAnswers415Problem() {
        Api.Response r = operator().postRaw("/api/v1/users", "text/plain", "email=a@b.test");

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownSortFieldAnswers400NamingSort() {
        Api.Response r = operator().get("/api/v1/audit?sort=-bogus");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(field(r)).isEqualTo("sort");
    }

    private static String field(Api.Response r) {
        assertThat(r.json().has("errors")).as("problem names the field: %s", r).isTrue();
        return r.json().get("errors").get(0).get("field").asText();
    }
}
