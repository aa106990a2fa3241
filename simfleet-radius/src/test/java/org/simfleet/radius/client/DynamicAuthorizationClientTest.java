package org.simfleet.radius.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.Authenticators.MessageAuthenticator;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.TestDas;
import org.simfleet.radius.support.TestDas.Reply;
import org.simfleet.radius.support.TestNas;

class DynamicAuthorizationClientTest {
    private static final AttributeWriter SESSION = new AttributeWriter()
            .addString(AttributeType.USER_NAME, Requests.IMSI)
            .addString(AttributeType.ACCT_SESSION_ID, "4f2a0001");
    private static final byte[] SESSION_CONTEXT_NOT_FOUND =
            new AttributeWriter().addInteger(AttributeType.ERROR_CAUSE, 503).toByteArray();

    private final DynamicAuthorizationClient client = DynamicAuthorizationClient.start(new DynamicAuthorizationConfig(
            InetAddress.getLoopbackAddress(), Duration.ofMillis(150), Duration.ofMillis(600), 4));
    private TestDas das;

    @AfterEach
    void stop() {
        client.close();
        if (das != null) {
            das.close();
        }
    }

    @Test
    void completesADisconnectWithTheAck() throws Exception {
        das = TestDas.start((request, copies) -> Reply.of(PacketCode.DISCONNECT_ACK));

        DynamicAuthorizationResponse response = disconnect(SESSION);

        assertThat(response.acknowledged()).isTrue();
        assertThat(response.code()).isEqualTo(PacketCode.DISCONNECT_ACK);
    }

    @Test
    void completesADisconnectWithTheNakAndItsErrorCause() throws Exception {
        das = TestDas.start(
                (request, copies) -> new Reply(PacketCode.DISCONNECT_NAK, SESSION_CONTEXT_NOT_FOUND, TestNas.SECRET));

        DynamicAuthorizationResponse response = disconnect(SESSION);

        assertThat(response.acknowledged()).isFalse();
        assertThat(response.errorCause()).isEqualTo(503);
    }

    @Test
    void completesAChangeOfAuthorizationWithTheCoaAck() throws Exception {
        das = TestDas.start((request, copies) -> Reply.of(PacketCode.COA_ACK));
        AttributeWriter change = new AttributeWriter()
                .addString(AttributeType.USER_NAME, Requests.IMSI)
                .addInteger(AttributeType.SESSION_TIMEOUT, 600);

        DynamicAuthorizationResponse response = client.changeOfAuthorization(nas(), change)
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);

        assertThat(response.code()).isEqualTo(PacketCode.COA_ACK);
        assertThat(das.received().get(0).packet().code()).isEqualTo(PacketCode.COA_REQUEST);
    }

    @Test
    void sendsAMessageAuthenticatorFirstThenExactlyTheCallersAttributes() throws Exception {
        das = TestDas.start((request, copies) -> Reply.of(PacketCode.DISCONNECT_ACK));

        disconnect(SESSION);

        RadiusPacket request = das.received().get(0).packet();
        assertThat(request.code()).isEqualTo(PacketCode.DISCONNECT_REQUEST);
        assertThat(request.attributeType(0)).isEqualTo(AttributeType.MESSAGE_AUTHENTICATOR);
        assertThat(request.attributeCount()).isEqualTo(3);
        assertThat(request.string(AttributeType.USER_NAME)).isEqualTo(Requests.IMSI);
        assertThat(request.string(AttributeType.ACCT_SESSION_ID)).isEqualTo("4f2a0001");
        assertThat(Authenticators.verifyRequest(request, TestNas.SECRET)).isTrue();
        assertThat(Authenticators.checkMessageAuthenticator(request, TestNas.SECRET))
                .isEqualTo(MessageAuthenticator.VALID);
    }

    @Test
    void retransmitsTheSameOctetsUntilAnswered() throws Exception {
        das = TestDas.start((request, copies) -> copies < 3 ? null : Reply.of(PacketCode.DISCONNECT_ACK));

        DynamicAuthorizationResponse response = disconnect(SESSION);

        assertThat(response.acknowledged()).isTrue();
        assertThat(das.received()).hasSize(3);
        assertThat(das.received().get(2).octets())
                .isEqualTo(das.received().get(0).octets());
        assertThat(client.retransmissions()).isEqualTo(2);
    }

    @Test
    void failsWithATimeoutAfterTheConfiguredAttempts() {
        das = TestDas.start((request, copies) -> null);

        CompletableFuture<DynamicAuthorizationResponse> response =
                client.disconnect(nas(), SESSION).toCompletableFuture();

        assertThatThrownBy(() -> response.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
        assertThat(das.received()).hasSize(4);
        assertThat(client.timeouts()).isEqualTo(1);
    }

    @Test
    void ignoresAReplySignedWithAnotherSecret() throws Exception {
        das = TestDas.start((request, copies) -> copies == 1
                ? new Reply(PacketCode.DISCONNECT_ACK, new byte[0], "forged".getBytes())
                : Reply.of(PacketCode.DISCONNECT_NAK));

        DynamicAuthorizationResponse response = disconnect(SESSION);

        assertThat(response.code()).isEqualTo(PacketCode.DISCONNECT_NAK);
        assertThat(client.droppedReplies()).isEqualTo(1);
    }

    @Test
    void ignoresAReplyOfAnotherRequestType() throws Exception {
        das = TestDas.start(
                (request, copies) -> copies == 1 ? Reply.of(PacketCode.COA_ACK) : Reply.of(PacketCode.DISCONNECT_ACK));

        DynamicAuthorizationResponse response = disconnect(SESSION);

        assertThat(response.code()).isEqualTo(PacketCode.DISCONNECT_ACK);
        assertThat(client.droppedReplies()).isEqualTo(1);
    }

    @Test
    void matchesRepliesByIdentifierWhenAnsweredOutOfOrder() throws Exception {
        das = TestDas.start((request, copies) -> null);
        CompletableFuture<DynamicAuthorizationResponse> first =
                client.disconnect(nas(), SESSION).toCompletableFuture();
        CompletableFuture<DynamicAuthorizationResponse> second = client.disconnect(
                        nas(), new AttributeWriter().addString(AttributeType.USER_NAME, "262019999999999"))
                .toCompletableFuture();
        await().until(() -> das.received().size() >= 2);

        das.reply(
                requestFor("262019999999999"),
                new Reply(PacketCode.DISCONNECT_NAK, SESSION_CONTEXT_NOT_FOUND, TestNas.SECRET));
        das.reply(requestFor(Requests.IMSI), Reply.of(PacketCode.DISCONNECT_ACK));

        assertThat(first.get(5, TimeUnit.SECONDS).acknowledged()).isTrue();
        assertThat(second.get(5, TimeUnit.SECONDS).errorCause()).isEqualTo(503);
    }

    @Test
    void failsWhatIsStillWaitingWhenClosed() {
        das = TestDas.start((request, copies) -> null);
        CompletableFuture<DynamicAuthorizationResponse> response =
                client.disconnect(nas(), SESSION).toCompletableFuture();

        client.close();

        assertThatThrownBy(() -> response.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
    }

    private DynamicAuthorizationResponse disconnect(AttributeWriter identification) throws Exception {
        return client.disconnect(nas(), identification).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private TestDas.Received requestFor(String userName) {
        return das.received().stream()
                .filter(r -> userName.equals(r.packet().string(AttributeType.USER_NAME)))
                .findFirst()
                .orElseThrow();
    }

    private org.simfleet.radius.NasClient nas() {
        return TestNas.withCoaPort(das.port());
    }
}
