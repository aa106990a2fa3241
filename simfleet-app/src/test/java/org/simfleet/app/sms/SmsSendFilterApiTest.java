package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simfleet.app.sms.SmsFixtures.text;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;

/**
 * The send path ahead of the security chain answers as the controller does. A request with an Idempotency-Key goes
 * the regular way (security chain, idempotency filter, controller), so each case is sent both ways and compared.
 */
class SmsSendFilterApiTest extends ApiTest {

    private static final List<String> SECURITY_HEADERS = List.of(
            "X-Content-Type-Options", "X-XSS-Protection", "Cache-Control", "Pragma", "Expires", "X-Frame-Options");

    private Customer customer;
    private SmsFixtures.Device device;

    @BeforeEach
    void device() {
        TestSmsc.connect(operator());
        customer = Customer.create(this, operator(), unique("SmsSendFilter"));
        device = SmsFixtures.device(jdbc(), customer, Map.of());
    }

    @Test
    void answersAcceptedMessageWithTheRegularPathsHeaders() {
        Api.Response fast = customer.user().post(device.path(), text(unique("fast")));
        Api.Response regular = regular(customer.user(), text(unique("regular")));

        assertThat(fast.status()).as("%s", fast).isEqualTo(201);
        assertThat(regular.status()).as("%s", regular).isEqualTo(201);
        for (String header : SECURITY_HEADERS) {
            assertThat(fast.header(header)).as(header).isNotNull().isEqualTo(regular.header(header));
        }
        assertThat(fast.header("Content-Type")).isEqualTo(regular.header("Content-Type"));
        assertThat(fast.json().propertyNames()).isEqualTo(regular.json().propertyNames());
    }

    @Test
    void answersUnknownFieldWithTheRegularPathsProblem() {
        Map<String, Object> body = Map.of("payload", "x", "text", "y");

        assertSameProblem(customer.user().post(device.path(), body), regular(customer.user(), body), 400);
    }

    @Test
    void answersWrongTypeWithTheRegularPathsProblem() {
        Map<String, Object> body = Map.of("payload", "x", "expiry_date", List.of(1));

        assertSameProblem(customer.user().post(device.path(), body), regular(customer.user(), body), 400);
    }

    @Test
    void answersMalformedJsonWithTheRegularPathsProblem() {
        Api.Response fast = customer.user().postRaw(device.path(), "application/json", "{\"payload\": ");

        assertThat(fast.status()).isEqualTo(400);
        assertThat(fast.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(fast.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
    }

    @Test
    void answersMissingBodyWithTheRegularPathsProblem() {
        Api.Response fast = customer.user().postRaw(device.path(), "application/json", "");

        assertThat(fast.status()).isEqualTo(400);
        assertThat(fast.json().get("detail").asString()).isEqualTo("body is required");
    }

    @Test
    void answersRefusalWithTheRegularPathsProblem() {
        assertThat(customer.admin()
                        .patch("/api/v1/endpoints/" + device.endpointId(), Map.of("status", "DISABLED"))
                        .status())
                .isEqualTo(200);

        assertSameProblem(customer.user().post(device.path(), text("x")), regular(customer.user(), text("x")), 409);
    }

    @Test
    void answersUnknownEndpointWithTheRegularPathsProblem() {
        String path = "/api/v1/endpoints/999999999999/sms";

        assertSameProblem(
                customer.user().post(path, text("x")),
                customer.user().post(path, text("x"), Map.of("Idempotency-Key", unique("k"))),
                404);
    }

    @Test
    void refusesForgedTokenAsTheSecurityChainDoes() {
        Api forged = customer.user().as(customer.user().token() + "x");

        Api.Response r = forged.post(device.path(), text("x"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void leavesOtherContentTypesToTheController() {
        Api.Response r = customer.user().postRaw(device.path(), "text/plain", "{\"payload\":\"x\"}");

        assertThat(r.status()).isEqualTo(415);
    }

    private Api.Response regular(Api api, Object body) {
        return api.post(device.path(), body, Map.of("Idempotency-Key", unique("key")));
    }

    private static void assertSameProblem(Api.Response fast, Api.Response regular, int status) {
        assertThat(fast.status()).as("%s", fast).isEqualTo(status);
        assertThat(regular.status()).as("%s", regular).isEqualTo(status);
        assertThat(fast.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(fast.json()).isEqualTo(regular.json());
        for (String header : SECURITY_HEADERS) {
            assertThat(fast.header(header)).as(header).isEqualTo(regular.header(header));
        }
    }
}
