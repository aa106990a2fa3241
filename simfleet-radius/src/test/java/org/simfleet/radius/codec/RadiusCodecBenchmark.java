package org.simfleet.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccountingRequest;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.support.Requests;
import org.simfleet.radius.support.TestNas;

/**
 * The codec's share of the per-packet budget: at the target of 45,000 requests/s on two cores a packet may cost some
 * 40 µs of CPU in all, so each codec step should stay well under 10 µs (above 100,000 ops/s on one thread).
 *
 * <p>Not part of the suite (surefire excludes *Benchmark). Run it with {@code mvn -pl simfleet-radius test
 * -Dtest=RadiusCodecBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it prints JMH's table and fails if a step
 * falls below the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RadiusCodecBenchmark {
    private static final double FLOOR_OPS_PER_SECOND = 100_000;
    private static final InetSocketAddress SOURCE = new InetSocketAddress(TestNas.GATEWAY.address(), 40000);

    private final byte[] interim = interimUpdate();
    private final byte[] accessRequest = Requests.accessRequest(7, Requests.subscriber(Requests.IMSI));
    private final RadiusPacket parsedAccessRequest = RadiusPacket.parse(accessRequest);
    private final AccessDecision accept = AccessDecision.accept()
            .framedIpAddress(Requests.ipv4("10.45.0.7"))
            .sessionTimeout(86_400)
            .acctInterimInterval(900)
            .dns(Requests.ipv4("192.0.2.53"), Requests.ipv4("192.0.2.54"))
            .classAttribute("sim-0000042".getBytes())
            .build();

    /** What the accounting port does before the handler, then what an accounting store reads. */
    @Benchmark
    public void decodeAndVerifyAccountingRequest(Blackhole sink) {
        RadiusPacket packet = RadiusPacket.parse(interim);
        sink.consume(Authenticators.verifyRequest(packet, TestNas.SECRET));
        AccountingRequest request = new AccountingRequest(packet, TestNas.GATEWAY, SOURCE);
        sink.consume(request.statusType());
        sink.consume(request.sessionId());
        sink.consume(request.imsi());
        sink.consume(request.inputOctets());
        sink.consume(request.outputOctets());
        sink.consume(request.sessionTime());
        sink.consume(request.userLocation());
    }

    /** What the authentication port does before the handler. */
    @Benchmark
    public void decodeAndVerifyAccessRequest(Blackhole sink) {
        RadiusPacket packet = RadiusPacket.parse(accessRequest);
        sink.consume(Authenticators.checkMessageAuthenticator(packet, TestNas.SECRET));
    }

    /** What the authentication port does after the handler: an Access-Accept with a Message-Authenticator. */
    @Benchmark
    public byte[] encodeAndSignAccessAccept() {
        return PacketBuilder.response(PacketCode.ACCESS_ACCEPT, parsedAccessRequest, accept, true, TestNas.SECRET);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyCodecStepStaysAboveTheFloor() throws RunnerException {
        for (RunResult result : run()) {
            assertThat(result.getPrimaryResult().getScore())
                    .as(result.getParams().getBenchmark())
                    .isGreaterThan(FLOOR_OPS_PER_SECOND);
        }
    }

    public static void main(String[] args) throws RunnerException {
        run();
    }

    private static Collection<RunResult> run() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(RadiusCodecBenchmark.class.getName() + "\\.")
                        .build())
                .run();
        for (RunResult result : results) {
            System.out.printf(
                    "%-45s %,12.0f ops/s%n",
                    result.getParams().getBenchmark().replaceAll(".*\\.", ""),
                    result.getPrimaryResult().getScore());
        }
        return results;
    }

    private static byte[] interimUpdate() {
        AttributeWriter attributes = Requests.subscriber(Requests.IMSI)
                .addInteger(AttributeType.ACCT_STATUS_TYPE, 3)
                .addString(AttributeType.ACCT_SESSION_ID, "4f2a0001c0ffee01")
                .addAddress(AttributeType.FRAMED_IP_ADDRESS, Requests.ipv4("10.45.0.7"))
                .addInteger(AttributeType.ACCT_INPUT_OCTETS, 123_456_789)
                .addInteger(AttributeType.ACCT_OUTPUT_OCTETS, 987_654_321)
                .addInteger(AttributeType.ACCT_INPUT_GIGAWORDS, 1)
                .addInteger(AttributeType.ACCT_INPUT_PACKETS, 120_000)
                .addInteger(AttributeType.ACCT_OUTPUT_PACKETS, 340_000)
                .addInteger(AttributeType.ACCT_SESSION_TIME, 3_600)
                .addInteger(AttributeType.EVENT_TIMESTAMP, 1_700_000_000L)
                .addVendorInteger(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.CHARGING_ID, 305_419_896L)
                .addVendorAddress(
                        ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.SGSN_ADDRESS, Requests.ipv4("192.0.2.10"))
                .addVendorAddress(
                        ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.GGSN_ADDRESS, Requests.ipv4("192.0.2.20"))
                .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMSI_MCC_MNC, "26201")
                .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.SGSN_MCC_MNC, "26201")
                .addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMEISV, "3534900698733201");
        return PacketBuilder.request(PacketCode.ACCOUNTING_REQUEST, 1, attributes, false, TestNas.SECRET);
    }
}
