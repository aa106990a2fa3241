package org.simfleet.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.OrgKind;
import org.simfleet.app.tenant.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The filter called directly, on the application's real key store and database, for what a test over
 * HTTP cannot provoke on demand: a failing request, a retry that arrives while the first still runs,
 * uploads and large bodies.
 */
class IdempotencyFilterTest extends ApiTest {

    /** Organisation ids no real organisation has, one per test, so tests never share keys. */
    private static final AtomicLong ORG =
            new AtomicLong(-1_000_000 - ProcessHandle.current().pid() * 1000);

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver problems;

    @Autowired
    JdbcTemplate jdbc;

    private IdempotencyFilter filter;
    private long org;

    @BeforeEach
    void actAsACustomer() {
        filter = new IdempotencyFilter(keys, problems);
        org = ORG.decrementAndGet();
        Caller caller = new Caller(org, OrgKind.CUSTOMER, Role.ADMIN, "USER", 1L, "filter@test", "127.0.0.1");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(caller, null, List.of()));
    }

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void serverErrorFreesTheKeySoTheRetryRuns() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        FilterChain failing = (req, res) -> {
            runs.incrementAndGet();
            ((HttpServletResponse) res).setStatus(500);
        };
        FilterChain working = (req, res) -> {
            runs.incrementAndGet();
            ((HttpServletResponse) res).setStatus(201);
        };

        filter.doFilter(json("k1", "{}"), new MockHttpServletResponse(), failing);
        MockHttpServletResponse retry = new MockHttpServletResponse();
        filter.doFilter(json("k1", "{}"), retry, working);

        assertThat(runs).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED)).isNull();
    }

    @Test
    void exceptionFreesTheKey() throws Exception {
        FilterChain throwing = (req, res) -> {
            throw new IllegalStateException("database gone");
        };

        assertThatThrownBy(() -> filter.doFilter(json("k2", "{}"), new MockHttpServletResponse(), throwing))
                .isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_key WHERE org_id = ?", Long.class, org))
                .isZero();
    }

    @Test
    void retryWhileTheFirstRequestRunsAnswers409() throws Exception {
        MockHttpServletResponse concurrent = new MockHttpServletResponse();
        AtomicInteger runs = new AtomicInteger();
        FilterChain slow = (req, res) -> {
            runs.incrementAndGet();
            filter.doFilter(json("k3", "{\"a\":1}"), concurrent, (r2, s2) -> runs.incrementAndGet());
            ((HttpServletResponse) res).setStatus(201);
        };

        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(json("k3", "{\"a\":1}"), first, slow);

        assertThat(runs).hasValue(1);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(concurrent.getStatus()).isEqualTo(409);
        assertThat(concurrent.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void bodyStillReachesTheControllerAfterHashing() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        FilterChain reading =
                (req, res) -> seen.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        filter.doFilter(json("k4", "{\"description\":\"read me\"}"), new MockHttpServletResponse(), reading);

        assertThat(seen.get()).isEqualTo("{\"description\":\"read me\"}");
    }

    @Test
    void largeBodyIsHashedAndPassedOnIntact() throws Exception {
        byte[] big = new byte[BufferedBody.IN_MEMORY_LIMIT * 3 + 17];
        new Random(42).nextBytes(big);
        MockHttpServletRequest request = json("k5", "");
        request.setContent(big);
        AtomicReference<byte[]> seen = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            seen.set(req.getInputStream().readAllBytes());
            ((HttpServletResponse) res).setStatus(201);
        });
        MockHttpServletRequest retry = json("k5", "");
        retry.setContent(big.clone());
        MockHttpServletResponse replayed = new MockHttpServletResponse();
        filter.doFilter(retry, replayed, (req, res) -> {
            throw new AssertionError("a retry of the same large body must not run");
        });

        assertThat(seen.get()).isEqualTo(big);
        assertThat(replayed.getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");
    }

    @Test
    void uploadRetriedWithANewBoundaryIsTheSameRequest() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        FilterChain upload = (req, res) -> {
            runs.incrementAndGet();
            ((HttpServletResponse) res).setStatus(201);
        };

        filter.doFilter(
                upload("k6", "boundary-one", "iccid\n8988200000000000001\n"), new MockHttpServletResponse(), upload);
        MockHttpServletResponse retry = new MockHttpServletResponse();
        filter.doFilter(upload("k6", "boundary-two", "iccid\n8988200000000000001\n"), retry, upload);

        assertThat(runs).hasValue(1);
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");
    }

    @Test
    void uploadOfOtherContentWithTheSameKeyAnswers422() throws Exception {
        FilterChain upload = (req, res) -> ((HttpServletResponse) res).setStatus(201);

        filter.doFilter(upload("k7", "b", "iccid\n8988200000000000001\n"), new MockHttpServletResponse(), upload);
        MockHttpServletResponse other = new MockHttpServletResponse();
        filter.doFilter(upload("k7", "b", "iccid\n8988200000000000019\n"), other, upload);

        assertThat(other.getStatus()).isEqualTo(422);
    }

    private static MockHttpServletRequest json(String key, String body) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/things");
        r.setContentType("application/json");
        r.addHeader(IdempotencyFilter.HEADER, key);
        r.setContent(body.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    private static MockHttpServletRequest upload(String key, String boundary, String csv) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/sims/import");
        r.setContentType("multipart/form-data; boundary=" + boundary);
        r.addHeader(IdempotencyFilter.HEADER, key);
        MockPart file = new MockPart("file", "sims.csv", csv.getBytes(StandardCharsets.UTF_8));
        r.addPart(file);
        return r;
    }
}
