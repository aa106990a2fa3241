package org.simfleet.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;

/** The operational endpoints a load balancer and a Prometheus server call, without a token. */
class ActuatorApiTest extends ApiTest {

    @Test
    void healthAnswersUpWithoutAToken() {
        Api.Response r = anonymous().get("/actuator/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusExposesHttpAndJvmMetrics() {
        anonymous().get("/actuator/health"); // at least one observed request

        Api.Response r = anonymous().get("/actuator/prometheus");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("http_server_requests_seconds").contains("jvm_memory_used_bytes");
    }

    @Test
    void otherActuatorEndpointsAreClosed() {
        assertThat(anonymous().get("/actuator/env").status()).isIn(401, 403, 404);
    }
}
