package org.simfleet.radius.server;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.RadiusMetrics;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.support.Mutator;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.TestNas;
import org.simfleet.radius.support.UdpProbe;

/** Thousands of malformed and forged datagrams from a known gateway: all dropped, all counted, nothing broken. */
class RadiusServerFuzzTest {
    private static final int MUTANTS_PER_PORT = 2_500;
    /** Small enough that a batch always fits the socket's receive buffer, so nothing is lost before counting. */
    private static final int BATCH = 200;

    private final AtomicInteger handlerCalls = new AtomicInteger();
    private final UdpProbe gateway = UdpProbe.open();
    private final RadiusServer server = RadiusServer.create(
                    RadiusServerConfig.defaults()
                            .withBindAddress(InetAddress.getLoopbackAddress())
                            .withPorts(0, 0)
                            .withWorkerThreads(2),
                    request -> {
                        handlerCalls.incrementAndGet();
                        return completedFuture(AccessDecision.accept().build());
                    },
                    request -> {
                        handlerCalls.incrementAndGet();
                        return completedFuture(null);
                    },
                    TestNas.directory())
            .start();

    @AfterEach
    void stop() {
        gateway.close();
        server.close();
    }

    @Test
    void dropsAndCountsEveryMutatedPacketAndStillAnswersAValidOne() {
        Mutator mutator = new Mutator(20_240_709L);

        for (int sent = 0; sent < 2 * MUTANTS_PER_PORT; sent += BATCH) {
            for (int i = 0; i < BATCH; i += 2) {
                gateway.send(
                        mutator.mutate(Requests.accessRequest(i % 256, Requests.subscriber(Requests.IMSI))),
                        server.authPort());
                gateway.send(mutator.mutate(Requests.accountingRequest(i % 256, 1, "s" + i)), server.acctPort());
            }
            long expected = sent + BATCH;
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> server.metrics().received() == expected);
        }

        RadiusMetrics metrics = server.metrics();
        assertThat(metrics.dropped()).isEqualTo(metrics.received()).isEqualTo(2 * MUTANTS_PER_PORT);
        assertThat(metrics.accessAccepted() + metrics.accessRejected() + metrics.accountingAcknowledged())
                .isZero();
        assertThat(metrics.handlerFailures() + metrics.duplicatesAnswered()).isZero();
        assertThat(handlerCalls).hasValue(0);
        assertThat(gateway.poll()).isNull();
        for (DropReason reason : new DropReason[] {
            DropReason.MALFORMED,
            DropReason.UNSUPPORTED_CODE,
            DropReason.BAD_AUTHENTICATOR,
            DropReason.MISSING_MESSAGE_AUTHENTICATOR,
            DropReason.INVALID_MESSAGE_AUTHENTICATOR
        }) {
            assertThat(metrics.dropped(reason)).as(reason.name()).isPositive();
        }

        gateway.send(Requests.accessRequest(1, Requests.subscriber(Requests.IMSI)), server.authPort());
        assertThat(gateway.receive().code()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        gateway.send(Requests.accountingRequest(2, 1, "after-the-storm"), server.acctPort());
        assertThat(gateway.receive().code()).isEqualTo(PacketCode.ACCOUNTING_RESPONSE);
    }
}
