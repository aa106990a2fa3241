package org.simfleet.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simfleet.smpp.BindState;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.Outcome;
import org.simfleet.smpp.SmppClient;
import org.simfleet.smpp.SubmitResult;

/** The SMSC goes away mid-traffic: what the client says about each message, and what a careful caller does. */
@Timeout(60)
class SmppOutageTest {
    private final RecordingListener listener = new RecordingListener();
    private SmscSimulator smsc;
    private SmppClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    private void start(int window) throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc().withPduThreads(16)).start();
        client = SmppClient.create(Loopback.client(smsc).withWindow(window), listener)
                .start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void reconnectsAfterTheSmscDropsTheConnectionAndRefusesBindsForAWhile() throws Exception {
        start(10);
        smsc.dropConnections(Duration.ofMillis(500));
        await().atMost(Duration.ofSeconds(5)).until(() -> client.state() != BindState.BOUND);
        await().atMost(Duration.ofSeconds(10)).until(() -> client.state() == BindState.BOUND);
        assertThat(smsc.stats().bindsRefused()).isGreaterThanOrEqualTo(1);
        assertThat(smsc.stats().binds()).isEqualTo(2);
        assertThat(client.stats().reconnects()).isGreaterThanOrEqualTo(2);
        assertThat(listener.states).anyMatch(s -> s.contains("ESME_RBINDFAIL"));
        assertThat(client.submit(OutboundSms.text(Loopback.HANDSET, "back"))
                        .toCompletableFuture()
                        .get()
                        .accepted())
                .isTrue();
    }

    @Test
    void reportsUnknownForWhatWasInFlightWhenTheConnectionDrops() throws Exception {
        start(10);
        smsc.slowResponses(Duration.ofSeconds(2));
        List<CompletableFuture<SubmitResult>> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inFlight.add(
                    client.submit(OutboundSms.text(Loopback.HANDSET, "id=" + i)).toCompletableFuture());
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> client.stats().windowInUse() == 3);
        smsc.dropConnections(Duration.ZERO);
        for (CompletableFuture<SubmitResult> f : inFlight) {
            SubmitResult r = f.get();
            assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(r.parts().get(0).detail()).contains("bind was lost");
        }
    }

    @Test
    void reportsUnknownWhenTheResponseDoesNotComeInTime() throws Exception {
        smsc = SmscSimulator.create(Loopback.smsc()).start();
        client = SmppClient.create(Loopback.client(smsc).withResponseTimeout(Duration.ofMillis(300)), listener)
                .start();
        assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
        smsc.slowResponses(Duration.ofSeconds(1));
        SubmitResult r = client.submit(OutboundSms.text(Loopback.HANDSET, "slow"))
                .toCompletableFuture()
                .get();
        assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(r.parts().get(0).detail()).contains("no submit_sm_resp within 300 ms");
    }

    /**
     * 2,000 messages while the SMSC drops the connection and refuses binds for a while. The caller resends only what
     * the client called RETRY, and never what it called UNKNOWN (it would wait for the receipt): every message
     * reaches the SMSC, none twice.
     */
    @Test
    void resubmittingOnlyRetryOutcomesAfterAnOutageSendsNothingTwice() throws Exception {
        start(50);
        int total = 2_000;
        Map<Integer, SubmitResult> last = new HashMap<>();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            pending.add(i);
        }
        CompletableFuture<Void> outage = CompletableFuture.runAsync(() -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> smsc.stats().accepted() > total / 3);
            smsc.dropConnections(Duration.ofMillis(300));
        });
        int rounds = 0;
        while (!pending.isEmpty() && rounds++ < 200) {
            Map<Integer, CompletableFuture<SubmitResult>> round = new HashMap<>();
            for (int id : pending) {
                round.put(
                        id,
                        client.submit(OutboundSms.text(Loopback.HANDSET, "Report id=" + id))
                                .toCompletableFuture());
            }
            pending = new ArrayList<>();
            for (Map.Entry<Integer, CompletableFuture<SubmitResult>> e : round.entrySet()) {
                SubmitResult r = e.getValue().get();
                last.put(e.getKey(), r);
                if (r.outcome() == Outcome.RETRY) {
                    pending.add(e.getKey());
                }
            }
            if (!pending.isEmpty()) {
                client.awaitBound(Duration.ofSeconds(5));
            }
        }
        outage.get();
        assertThat(smsc.stats().connectionsDropped()).isEqualTo(1);
        assertThat(pending).isEmpty();
        long retried = client.stats().retry();
        long unknown = last.values().stream()
                .filter(r -> r.outcome() == Outcome.UNKNOWN)
                .count();
        assertThat(retried)
                .as("some submits were refused while the SMSC was away")
                .isPositive();
        assertThat(smsc.stats().duplicateSubmits()).isZero();
        for (int id = 0; id < total; id++) {
            int atSmsc = smsc.submitsWithKey("id=" + id);
            if (last.get(id).outcome() == Outcome.UNKNOWN) {
                assertThat(atSmsc).as("id=%d was in flight", id).isBetween(0, 1);
                if (atSmsc == 1) {
                    // The SMSC had it: its receipt, kept for the next bind, tells the caller so.
                    String head = "Report id=" + id;
                    await().atMost(Duration.ofSeconds(10))
                            .until(() -> listener.receipts.stream().anyMatch(r -> head.equals(r.textHead())));
                }
            } else {
                assertThat(last.get(id).outcome()).isEqualTo(Outcome.ACCEPTED);
                assertThat(atSmsc).as("id=%d", id).isEqualTo(1);
            }
        }
        assertThat(unknown).isLessThanOrEqualTo(50);
        System.out.printf(
                "outage run: %d messages, %d RETRY outcomes resent, %d UNKNOWN, %d submits at the SMSC%n",
                total, retried, unknown, smsc.stats().accepted());
    }
}
