package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Two senders on one database (two nodes) never claim one message both. */
class SmsClaimsApiTest extends ApiTest {

    private static final int ROWS = 2000;

    @Autowired
    private JdbcTemplate jdbcTemplate;

    @Autowired
    private TransactionTemplate tx;

    @Test
    void twoSendersOnOneDatabaseClaimEveryMessageOnce() throws Exception {
        Customer customer = Customer.create(this, operator(), unique("SmsClaims"));
        SmsFixtures.Device d = SmsFixtures.device(jdbc(), customer, Map.of());
        // due only for a clock a day ahead, so this node's own sender leaves them alone
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).plusHours(12);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {customer.id(), d.endpointId(), d.msisdn(), "claim " + i, due, due.plusDays(2), due});
        }
        jdbc().batchUpdate(
                        """
                        INSERT INTO sms_message (org_id, endpoint_id, direction, status, source_address,
                            destination_address, payload, parts, submit_date, expiry_date, submit_state, attempts,
                            next_attempt_at)
                        VALUES (?, ?, 'MT', 'PENDING', 'Simfleet', ?, ?, 1, ?, ?, 'QUEUED', 0, ?)""",
                        rows);
        Instant later = Instant.now().plusSeconds(86_400);
        SmsClaims nodeA = new SmsClaims(jdbcTemplate, tx);
        SmsClaims nodeB = new SmsClaims(jdbcTemplate, tx);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> a = pool.submit(drain(nodeA, later, "node-a"));
            Future<List<Long>> b = pool.submit(drain(nodeB, later, "node-b"));
            List<Long> claimedA = a.get(60, TimeUnit.SECONDS);
            List<Long> claimedB = b.get(60, TimeUnit.SECONDS);

            Set<Long> union = new HashSet<>(claimedA);
            union.addAll(claimedB);
            assertThat(claimedA.size() + claimedB.size()).isEqualTo(ROWS);
            assertThat(union).hasSize(ROWS);
        } finally {
            pool.shutdownNow();
            jdbc().update(
                            "UPDATE sms_message SET submit_state = 'DONE', status = 'CANCELED' WHERE endpoint_id = ?",
                            d.endpointId());
        }
    }

    private final java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(2);

    private Callable<List<Long>> drain(SmsClaims claims, Instant now, String node) {
        return () -> {
            start.countDown();
            start.await();
            List<Long> ids = new ArrayList<>();
            while (true) {
                List<Claimed> batch = claims.claim(10, now, node);
                if (batch.isEmpty()) {
                    return ids;
                }
                batch.forEach(c -> ids.add(c.id()));
            }
        };
    }
}
