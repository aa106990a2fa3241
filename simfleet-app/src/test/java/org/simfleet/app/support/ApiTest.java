package org.simfleet.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the API tests: the whole application on a random port, on the database {@link TestDatabase}
 * picks. All tests share one application context; each test makes its own organisations (names made
 * unique by a counter), so tests never see each other's objects.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "simfleet.admin-email=" + ApiTest.OPERATOR_EMAIL,
            "simfleet.admin-password=" + ApiTest.OPERATOR_PASSWORD,
            // every test client comes from 127.0.0.1; the per-address limit is tested on its own
            "simfleet.login.max-failures-per-address=100000"
        })
public abstract class ApiTest {

    public static final String OPERATOR_EMAIL = "operator@simfleet.test";
    public static final String OPERATOR_PASSWORD = "operator-test-password";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    private JdbcTemplate jdbcTemplate;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties().forEach((k, v) -> registry.add(k, () -> v));
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Direct SQL, for assertions on what the API wrote (audit rows, counts). */
    protected JdbcTemplate jdbc() {
        return jdbcTemplate;
    }

    protected Api anonymous() {
        return new Api(baseUrl(), null);
    }

    /** The platform operator's first admin. */
    protected Api operator() {
        return login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    }

    protected Api login(String email, String password) {
        Api.Response r = anonymous().post("/api/v1/authenticate", Map.of("username", email, "password", password));
        assertThat(r.status()).as("login of %s: %s", email, r).isEqualTo(200);
        return new Api(baseUrl(), r.json().get("auth_token").asText());
    }

    /** A name no other test uses, e.g. for organisations, endpoints and BICs. */
    protected static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + UNIQUE.incrementAndGet();
    }
}
