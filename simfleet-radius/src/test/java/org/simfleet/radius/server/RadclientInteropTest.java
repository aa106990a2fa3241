package org.simfleet.radius.server;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccessRequest;
import org.simfleet.radius.AccountingRequest;
import org.simfleet.radius.AcctStatusType;
import org.simfleet.radius.DropReason;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.attr.RatType;
import org.simfleet.radius.support.Radclient;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.RequiresRadclient;
import org.simfleet.radius.support.Vectors;

/** The server against FreeRADIUS's radclient playing the packet gateway. */
@RequiresRadclient
class RadclientInteropTest {
    private static final String KNOWN_IMSI = "262011234567890";
    private static final String ATTACH =
            """
            User-Name = "%1$s"
            User-Password = "secret"
            Calling-Station-Id = "491701234567"
            Called-Station-Id = "iot.simfleet"
            NAS-IP-Address = 127.0.0.1
            3GPP-IMSI = "%1$s"
            3GPP-RAT-Type = EUTRAN
            3GPP-User-Location-Info = 0x8262f210123462f21001a2b3c4
            3GPP-MS-Time-Zone = 0x8001
            3GPP-IMSI-MCC-MNC = "26201"
            3GPP-SGSN-MCC-MNC = "310410"
            """;
    private static final String WITH_MESSAGE_AUTHENTICATOR = "Message-Authenticator = 0x00\n";

    private final List<AccessRequest> authorized = new CopyOnWriteArrayList<>();
    private final List<AccountingRequest> accounted = new CopyOnWriteArrayList<>();
    private RadiusServer server;

    @BeforeEach
    void start() {
        NasClient radclient = new NasClient(
                "radclient", InetAddress.getLoopbackAddress(), Vectors.RADCLIENT_SECRET, NasClient.DEFAULT_COA_PORT);
        RadiusServerConfig config = RadiusServerConfig.defaults()
                .withBindAddress(InetAddress.getLoopbackAddress())
                .withPorts(0, 0)
                .withWorkerThreads(2);
        server = RadiusServer.create(
                        config,
                        request -> {
                            authorized.add(request);
                            return completedFuture(
                                    KNOWN_IMSI.equals(request.imsi())
                                            ? AccessDecision.accept()
                                                    .framedIpAddress(Requests.ipv4("10.45.0.7"))
                                                    .acctInterimInterval(900)
                                                    .build()
                                            : AccessDecision.reject("unknown SIM"));
                        },
                        request -> {
                            accounted.add(request);
                            return completedFuture(null);
                        },
                        source -> source.isLoopbackAddress() ? radclient : null)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void acceptsRadclientsAccessRequestWith3gppAttributes() {
        Radclient.Result result = Radclient.run(
                ATTACH.formatted(KNOWN_IMSI) + WITH_MESSAGE_AUTHENTICATOR,
                server.authPort(),
                "auth",
                Vectors.RADCLIENT_SECRET);

        assertThat(result.output()).contains("Received Access-Accept").contains("Framed-IP-Address = 10.45.0.7");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void decodesWhatRadclientEncodedFromTheFreeradiusDictionary() {
        Radclient.run(
                ATTACH.formatted(KNOWN_IMSI) + WITH_MESSAGE_AUTHENTICATOR,
                server.authPort(),
                "auth",
                Vectors.RADCLIENT_SECRET);

        AccessRequest request = authorized.get(0);
        assertThat(request.userPassword()).isEqualTo("secret");
        assertThat(request.calledStationId()).isEqualTo("iot.simfleet");
        assertThat(request.ratType()).isEqualTo(RatType.EUTRAN);
        assertThat(request.userLocation().eci()).isEqualTo(0x1a2b3c4L);
        assertThat(request.msTimeZone().offset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(request.sgsnMccMnc().mnc()).isEqualTo("410");
    }

    @Test
    void rejectsRadclientsAccessRequestAsTheHandlerDecides() {
        Radclient.Result result = Radclient.run(
                ATTACH.formatted("262019999999999") + WITH_MESSAGE_AUTHENTICATOR,
                server.authPort(),
                "auth",
                Vectors.RADCLIENT_SECRET);

        assertThat(result.output()).contains("Received Access-Reject").contains("Reply-Message = \"unknown SIM\"");
    }

    @Test
    void dropsRadclientsAccessRequestWithoutMessageAuthenticator() {
        Radclient.Result result =
                Radclient.run(ATTACH.formatted(KNOWN_IMSI), server.authPort(), "auth", Vectors.RADCLIENT_SECRET);

        assertThat(result.output()).contains("No reply").doesNotContain("Received Access-");
        assertThat(server.metrics().dropped(DropReason.MISSING_MESSAGE_AUTHENTICATOR))
                .isPositive();
        assertThat(authorized).isEmpty();
    }

    @Test
    void acknowledgesRadclientsAccountingStartInterimAndStop() {
        String session =
                """
                Acct-Status-Type = %s
                Acct-Session-Id = "4f2a0001"
                User-Name = "262011234567890"
                Framed-IP-Address = 10.45.0.7
                Acct-Input-Octets = 1000
                Acct-Output-Gigawords = 1
                3GPP-IMSI = "262011234567890"
                3GPP-Charging-ID = 305419896
                """;
        String requests = String.join(
                "\n", session.formatted("Start"), session.formatted("Interim-Update"), session.formatted("Stop"));

        Radclient.Result result = Radclient.run(requests, server.acctPort(), "acct", Vectors.RADCLIENT_SECRET);

        assertThat(result.output().split("Received Accounting-Response", -1)).hasSize(4);
        assertThat(accounted)
                .extracting(AccountingRequest::statusType)
                .containsExactlyInAnyOrder(AcctStatusType.START, AcctStatusType.INTERIM_UPDATE, AcctStatusType.STOP);
        assertThat(accounted.get(0).outputOctets()).isEqualTo(1L << 32);
        assertThat(accounted.get(0).chargingId()).isEqualTo(305_419_896L);
    }
}
