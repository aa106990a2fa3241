package org.simfleet.radius.server;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccessHandler;
import org.simfleet.radius.AccessRequest;
import org.simfleet.radius.AccountingHandler;
import org.simfleet.radius.AccountingRequest;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.attr.RatType;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.Authenticators.MessageAuthenticator;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.TestNas;
import org.simfleet.radius.support.UdpProbe;

class RadiusServerTest {
    private static final AccessDecision ACCEPT = AccessDecision.accept()
            .framedIpAddress(Requests.ipv4("10.45.0.7"))
            .sessionTimeout(3600)
            .build();
    private static final int START = 1;

    private final List<AccessRequest> authorized = new CopyOnWriteArrayList<>();
    private final List<AccountingRequest> accounted = new CopyOnWriteArrayList<>();
    private final UdpProbe gateway = UdpProbe.open();
    private RadiusServer server;

    @AfterEach
    void stop() {
        gateway.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void acceptsAnAccessRequestWithTheHandlersAttributes() throws Exception {
        start(accepting(), acknowledging());

        gateway.send(Requests.accessRequest(42, Requests.subscriber(Requests.IMSI)), server.authPort());
        RadiusPacket reply = gateway.receive();

        assertThat(reply.code()).isEqualTo(PacketCode.ACCESS_ACCEPT);
        assertThat(reply.identifier()).isEqualTo(42);
        assertThat(reply.address(AttributeType.FRAMED_IP_ADDRESS)).isEqualTo(InetAddress.getByName("10.45.0.7"));
        assertThat(reply.integer(AttributeType.SESSION_TIMEOUT)).isEqualTo(3600);
        assertThat(server.metrics().accessAccepted()).isEqualTo(1);
    }

    @Test
    void signsTheReplyWithAMessageAuthenticatorFirstAndAResponseAuthenticator() {
        start(accepting(), acknowledging());
        byte[] request = Requests.accessRequest(42, Requests.subscriber(Requests.IMSI));
        byte[] requestAuthenticator = RadiusPacket.parse(request).authenticator();

        gateway.send(request, server.authPort());
        RadiusPacket reply = gateway.receive();

        assertThat(reply.attributeType(0)).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        assertThat(Authenticators.checkMessageAuthenticator(reply, TestNas.SECRET, requestAuthenticator))
                .isEqualTo(MessageAuthenticator.VALID);
        assertThat(Authenticators.verifyResponse(reply, requestAuthenticator, TestNas.SECRET))
                .isTrue();
    }

    @Test
    void rejectsWhenTheHandlerRejects() {
        start(request -> completedFuture(AccessDecision.reject("SIM suspended")), acknowledging());

        gateway.send(Requests.accessRequest(7, Requests.subscriber(Requests.IMSI)), server.authPort());
        RadiusPacket reply = gateway.receive();

        assertThat(reply.code()).isEqualTo(PacketCode.ACCESS_REJECT);
        assertThat(reply.string(AttributeType.REPLY_MESSAGE)).isEqualTo("SIM suspended");
        assertThat(server.metrics().accessRejected()).isEqualTo(1);
    }

    @Test
    void handsTheHandlerTheDecodedRequest() {
        start(accepting(), acknowledging());

        gateway.send(Requests.accessRequest(1, Requests.subscriber(Requests.IMSI)), server.authPort());
        gateway.receive();

        AccessRequest request = authorized.get(0);
        assertThat(request.imsi()).isEqualTo(Requests.IMSI);
        assertThat(request.ratType()).isEqualTo(RatType.EUTRAN);
        assertThat(request.userLocation().tac()).isEqualTo(0x1234);
        assertThat(request.nas()).isEqualTo(TestNas.GATEWAY);
        assertThat(request.source()).isEqualTo(gateway.localAddress());
    }

    @Test
    void dropsAnAccessRequestFromAnUnknownSource() {
        start(accepting(), acknowledging());
        try (UdpProbe stranger = UdpProbe.on("127.0.0.2")) {
            stranger.send(Requests.accessRequest(1, Requests.subscriber(Requests.IMSI)), server.authPort());

            awaitDropped(DropReason.UNKNOWN_SOURCE);
            assertThat(stranger.poll()).isNull();
        }
        assertThat(authorized).isEmpty();
    }

    @Test
    void dropsAnAccessRequestWithoutMessageAuthenticator() {
        start(accepting(), acknowledging());

        gateway.send(
                Requests.accessRequestWithoutMessageAuthenticator(1, Requests.subscriber(Requests.IMSI)),
                server.authPort());

        awaitDropped(DropReason.MISSING_MESSAGE_AUTHENTICATOR);
        assertOnlyTheNextRequestIsAnswered(server.authPort(), Requests.accessRequest(2, Requests.subscriber("x")));
    }

    @Test
    void dropsAnAccessRequestSignedWithAnotherSecret() {
        start(accepting(), acknowledging());

        gateway.send(
                Requests.accessRequestSignedWith("guess".getBytes(), 1, Requests.subscriber(Requests.IMSI)),
                server.authPort());

        awaitDropped(DropReason.INVALID_MESSAGE_AUTHENTICATOR);
        assertOnlyTheNextRequestIsAnswered(server.authPort(), Requests.accessRequest(2, Requests.subscriber("x")));
    }

    @Test
    void dropsAnAccountingRequestWithABadAuthenticator() {
        start(accepting(), acknowledging());

        gateway.send(Requests.accountingRequestSignedWith("guess".getBytes(), 1, START, "s1"), server.acctPort());

        awaitDropped(DropReason.BAD_AUTHENTICATOR);
        assertOnlyTheNextRequestIsAnswered(server.acctPort(), Requests.accountingRequest(2, START, "s2"));
        assertThat(accounted).extracting(AccountingRequest::sessionId).containsExactly("s2");
    }

    @Test
    void dropsAnAccessRequestSentToTheAccountingPort() {
        start(accepting(), acknowledging());

        gateway.send(Requests.accessRequest(1, Requests.subscriber(Requests.IMSI)), server.acctPort());

        awaitDropped(DropReason.UNSUPPORTED_CODE);
        assertOnlyTheNextRequestIsAnswered(server.acctPort(), Requests.accountingRequest(2, START, "s2"));
    }

    @Test
    void answersARetransmissionFromTheCacheWithoutCallingTheHandlerAgain() {
        start(accepting(), acknowledging());
        byte[] request = Requests.accessRequest(9, Requests.subscriber(Requests.IMSI));

        gateway.send(request, server.authPort());
        byte[] first = gateway.receiveBytes();
        gateway.send(request, server.authPort());
        byte[] second = gateway.receiveBytes();

        assertThat(second).isEqualTo(first);
        assertThat(authorized).hasSize(1);
        assertThat(server.metrics().duplicatesAnswered()).isEqualTo(1);
    }

    @Test
    void dropsARetransmissionWhileTheFirstCopyIsInProgress() {
        CompletableFuture<AccessDecision> decision = new CompletableFuture<>();
        start(request -> record(request, decision), acknowledging());
        byte[] request = Requests.accessRequest(9, Requests.subscriber(Requests.IMSI));

        gateway.send(request, server.authPort());
        await().until(() -> authorized.size() == 1);
        gateway.send(request, server.authPort());
        awaitDropped(DropReason.DUPLICATE_IN_PROGRESS);
        decision.complete(ACCEPT);

        assertThat(gateway.receive().identifier()).isEqualTo(9);
        assertThat(gateway.poll()).isNull();
        assertThat(authorized).hasSize(1);
    }

    @Test
    void sendsNoReplyWhenTheAccessHandlerThrows() {
        AtomicInteger calls = new AtomicInteger();
        start(
                request -> {
                    if (calls.getAndIncrement() == 0) {
                        throw new IllegalStateException("read model not loaded");
                    }
                    return completedFuture(ACCEPT);
                },
                acknowledging());

        gateway.send(Requests.accessRequest(1, Requests.subscriber(Requests.IMSI)), server.authPort());

        await().until(() -> server.metrics().handlerFailures() == 1);
        assertOnlyTheNextRequestIsAnswered(server.authPort(), Requests.accessRequest(2, Requests.subscriber("x")));
    }

    @Test
    void acknowledgesAccountingOnlyOnceTheHandlersStageCompletes() {
        CompletableFuture<Void> durable = new CompletableFuture<>();
        start(accepting(), request -> {
            accounted.add(request);
            return request.sessionId().equals("slow") ? durable : completedFuture(null);
        });

        gateway.send(Requests.accountingRequest(1, START, "slow"), server.acctPort());
        await().until(() -> accounted.size() == 1);
        gateway.send(Requests.accountingRequest(2, START, "fast"), server.acctPort());

        assertThat(gateway.receive().identifier()).isEqualTo(2);
        durable.complete(null);
        RadiusPacket late = gateway.receive();
        assertThat(late.identifier()).isEqualTo(1);
        assertThat(late.code()).isEqualTo(PacketCode.ACCOUNTING_RESPONSE);
    }

    @Test
    void sendsNoAccountingResponseWhenTheStageFails() {
        start(accepting(), request -> {
            accounted.add(request);
            return request.sessionId().equals("lost")
                    ? CompletableFuture.failedFuture(new IllegalStateException("disk full"))
                    : completedFuture(null);
        });

        gateway.send(Requests.accountingRequest(1, START, "lost"), server.acctPort());

        await().until(() -> server.metrics().handlerFailures() == 1);
        assertOnlyTheNextRequestIsAnswered(server.acctPort(), Requests.accountingRequest(2, START, "kept"));
    }

    @Test
    void processesARetransmissionAfreshAfterTheStageFailed() {
        AtomicInteger calls = new AtomicInteger();
        start(
                accepting(),
                request -> calls.getAndIncrement() == 0
                        ? CompletableFuture.failedFuture(new IllegalStateException("disk full"))
                        : completedFuture(null));
        byte[] request = Requests.accountingRequest(5, START, "s1");

        gateway.send(request, server.acctPort());
        await().until(() -> server.metrics().handlerFailures() == 1);
        gateway.send(request, server.acctPort());

        assertThat(gateway.receive().identifier()).isEqualTo(5);
        assertThat(calls).hasValue(2);
    }

    @Test
    void copiesEveryProxyStateIntoTheReplyInOrder() {
        start(accepting(), acknowledging());
        AttributeWriter attributes = Requests.subscriber(Requests.IMSI)
                .add(AttributeType.PROXY_STATE, "first".getBytes())
                .add(AttributeType.PROXY_STATE, "second".getBytes());

        gateway.send(Requests.accessRequest(3, attributes), server.authPort());

        assertThat(gateway.receive().attributes(AttributeType.PROXY_STATE))
                .containsExactly("first".getBytes(), "second".getBytes());
    }

    private void start(AccessHandler access, AccountingHandler accounting) {
        RadiusServerConfig config = RadiusServerConfig.defaults()
                .withBindAddress(InetAddress.getLoopbackAddress())
                .withPorts(0, 0)
                .withWorkerThreads(2);
        server = RadiusServer.create(config, access, accounting, TestNas.directory())
                .start();
    }

    private AccessHandler accepting() {
        return request -> record(request, completedFuture(ACCEPT));
    }

    private AccountingHandler acknowledging() {
        return request -> {
            accounted.add(request);
            return completedFuture(null);
        };
    }

    private CompletableFuture<AccessDecision> record(AccessRequest request, CompletableFuture<AccessDecision> answer) {
        authorized.add(request);
        return answer;
    }

    private void awaitDropped(DropReason reason) {
        await().until(() -> server.metrics().dropped(reason) == 1);
    }

    /**
     * The request before was dropped: the next one is answered, and nothing else arrives. Replies leave one socket
     * for one socket over loopback in order, and the drop was already counted before the next request was sent.
     */
    private void assertOnlyTheNextRequestIsAnswered(int port, byte[] next) {
        gateway.send(next, port);
        assertThat(gateway.receive().identifier())
                .isEqualTo(RadiusPacket.parse(next).identifier());
        assertThat(gateway.poll()).isNull();
    }
}
