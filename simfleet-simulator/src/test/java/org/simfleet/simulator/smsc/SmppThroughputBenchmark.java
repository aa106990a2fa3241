package org.simfleet.simulator.smsc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.simfleet.smpp.OutboundSms;
import org.simfleet.smpp.SmppClient;
import org.simfleet.smpp.SmppConfig;

/**
 * The SMPP leg alone, client to simulator on loopback, with receipts: how many MT per second one bind carries
 * end to end (submit → submit_sm_resp → receipt → listener), with the yardstick's settings (window 50, 10 ms
 * receipt delay, 8 deliver_sm in flight). Excluded from the suite; run it on purpose:
 *
 * <pre>mvn -pl simfleet-smpp,simfleet-simulator test -Dtest=SmppThroughputBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbench.messages=50000</pre>
 */
class SmppThroughputBenchmark {

    @Test
    void carriesMessagesAndTheirReceiptsOverOneBind() throws Exception {
        int messages = Integer.getInteger("bench.messages", 50_000);
        int warmup = Integer.getInteger("bench.warmup", 10_000);
        int window = Integer.getInteger("bench.window", 50);
        int deliverWindow = Integer.getInteger("bench.deliverWindow", 8);
        try (SmscSimulator smsc = SmscSimulator.create(SmscConfig.defaults("bench", "bench")
                        .withDeliverWindow(deliverWindow)
                        .withPduThreads(8))
                .start()) {
            AtomicLong receipts = new AtomicLong();
            SmppConfig config = SmppConfig.defaults("127.0.0.1", smsc.port(), "bench", "bench")
                    .withDefaultSource("12345")
                    .withWindow(window)
                    .withQueueCapacity(100_000);
            try (SmppClient client =
                    SmppClient.create(config, new CountingListener(receipts)).start()) {
                client.awaitBound(Duration.ofSeconds(5));
                run(client, smsc, receipts, warmup, "warm-up");
                run(client, smsc, receipts, messages, "measured");
                System.out.println("client " + client.stats());
                System.out.println("smsc   " + smsc.stats());
            }
        }
    }

    private static void run(SmppClient client, SmscSimulator smsc, AtomicLong receipts, int n, String label)
            throws Exception {
        long receiptsBefore = receipts.get();
        long acceptedBefore = client.stats().accepted();
        // At most 2,000 messages outstanding: like the yardstick's driver, never the client's whole queue at once.
        Semaphore outstanding = new Semaphore(2_000);
        CountDownLatch done = new CountDownLatch(n);
        long start = System.nanoTime();
        AtomicLong lastAccept = new AtomicLong();
        for (int i = 0; i < n; i++) {
            outstanding.acquire();
            client.submit(OutboundSms.text("4915112345678", "Benchmark message id=" + i + " with some text"))
                    .whenComplete((r, e) -> {
                        lastAccept.set(System.nanoTime());
                        outstanding.release();
                        done.countDown();
                    });
        }
        done.await(5, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (receipts.get() - receiptsBefore < n && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        long end = System.nanoTime();
        double acceptSeconds = (lastAccept.get() - start) / 1e9;
        double totalSeconds = (end - start) / 1e9;
        long accepted = client.stats().accepted() - acceptedBefore;
        System.out.printf(
                "%s: %d messages, %d accepted, %d receipts; submit_sm_resp %.0f/s; end to end (last receipt) %.0f/s%n",
                label, n, accepted, receipts.get() - receiptsBefore, accepted / acceptSeconds, n / totalSeconds);
    }

    /** Completes every stage at once and counts receipts. */
    private record CountingListener(AtomicLong receipts) implements org.simfleet.smpp.SmsListener {
        @Override
        public java.util.concurrent.CompletionStage<Void> onReceipt(org.simfleet.smpp.DeliveryReceipt receipt) {
            receipts.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public java.util.concurrent.CompletionStage<Void> onMessage(org.simfleet.smpp.InboundSms message) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
