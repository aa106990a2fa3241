package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.simfleet.app.kernel.Iccid;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the SIM API tests: numbers no other test uses, and the steps most tests start from (import a
 * batch as the operator, register it as a customer, walk a SIM to a state).
 */
abstract class SimApiTest extends ApiTest {

    private static final AtomicInteger BLOCKS = new AtomicInteger();
    private static final Map<String, Api> OPERATORS = new ConcurrentHashMap<>();

    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * A range of SIM numbers of one test: ICCIDs 8988 + 6-digit block + 9-digit serial + check digit, so
     * {@link #iccidPrefix()} selects exactly this block's SIMs.
     */
    record Block(int n) {

        String iccidPrefix() {
            return "8988" + "%06d".formatted(n);
        }

        String iccid(int i) {
            return Iccid.withCheckDigit(iccidPrefix() + "%09d".formatted(i)).value();
        }

        String imsi(int i) {
            return "9" + "%06d".formatted(n) + "%08d".formatted(i);
        }

        String msisdn(int i) {
            return "88" + "%06d".formatted(n) + "%07d".formatted(i);
        }

        Map<String, Object> line(int i) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("iccid", iccid(i));
            line.put("imsi", imsi(i));
            line.put("msisdn", msisdn(i));
            return line;
        }

        List<Map<String, Object>> lines(int from, int count) {
            List<Map<String, Object>> lines = new ArrayList<>(count);
            for (int i = from; i < from + count; i++) {
                lines.add(line(i));
            }
            return lines;
        }
    }

    static Block block() {
        return new Block(BLOCKS.incrementAndGet());
    }

    /** The operator's admin, logged in once per application (password hashing makes logins slow). */
    protected Api op() {
        return OPERATORS.computeIfAbsent(baseUrl(), url -> operator());
    }

    /** Imports SIMs {@code from .. from+count-1} of the block as the operator; answers the generated BIC. */
    protected String importBatch(Block b, int from, int count) {
        Api.Response r = op().post("/api/v1/sims/import", Map.of("sims", b.lines(from, count)));
        assertThat(r.status()).as("import: %s", r).isEqualTo(201);
        return r.json().get("batch").get("bic").asText();
    }

    /** Imports {@code count} SIMs of the block and registers them for the customer; answers the BIC. */
    protected String registeredBatch(Customer c, Block b, int count) {
        String bic = importBatch(b, 0, count);
        Api.Response r = c.user().post("/api/v1/sims/register", Map.of("bic", bic));
        assertThat(r.status()).as("register: %s", r).isEqualTo(200);
        return bic;
    }

    /** Walks a REGISTERED SIM to {@code state} as the customer's admin. */
    protected void walkTo(Customer c, String iccid, SimState state) {
        List<SimState> path =
                switch (state) {
                    case REGISTERED -> List.of();
                    case TEST -> List.of(SimState.TEST);
                    case ACTIVE -> List.of(SimState.ACTIVE);
                    case SUSPENDED -> List.of(SimState.ACTIVE, SimState.SUSPENDED);
                    case TERMINATED -> List.of(SimState.TERMINATED);
                    case INVENTORY -> throw new IllegalArgumentException("a registered SIM never returns to INVENTORY");
                };
        for (SimState step : path) {
            Api.Response r = changeState(c.admin(), iccid, step.name(), null);
            assertThat(r.status()).as("walk %s to %s: %s", iccid, step, r).isEqualTo(200);
        }
    }

    /** Asks for a SIM's change to {@code state}, at {@code effectiveAt}, or now when it is null. */
    protected static Api.Response changeState(Api api, String iccid, String state, Instant effectiveAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        if (effectiveAt != null) {
            body.put("effective_at", effectiveAt.toString());
        }
        return api.patch("/api/v1/sims/" + iccid, body);
    }

    protected String stateInDatabase(String iccid) {
        return jdbc.queryForObject("SELECT state FROM sim WHERE iccid = ?", String.class, iccid);
    }

    protected long auditEntries(String iccid, String action, String result) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE object_type = 'sim' AND object_id = ? AND action = ? AND result = ?",
                Long.class,
                iccid,
                action,
                result);
    }
}
