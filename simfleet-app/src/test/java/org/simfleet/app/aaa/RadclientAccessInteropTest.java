package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.simfleet.app.network.RadiusListener;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running application answering FreeRADIUS's {@code radclient} (Debian package freeradius-utils) as the packet
 * gateway: an independent implementation builds the Access-Request from its 3GPP dictionary and checks our replies.
 * Skipped, with the reason printed, when radclient is missing, except with {@code CI=true}, where that fails.
 */
@ExtendWith(RadclientAccessInteropTest.RadclientInstalled.class)
class RadclientAccessInteropTest extends AaaApiTest {

    private static final Path RADCLIENT = Path.of("/usr/bin/radclient");

    private static final String ATTACH =
            """
            Message-Authenticator = 0x00
            User-Name = "%1$s"
            User-Password = "ignored"
            Calling-Station-Id = "491701234567"
            Called-Station-Id = "em"
            NAS-IP-Address = 127.0.0.1
            3GPP-IMSI = "%1$s"
            3GPP-RAT-Type = %2$s
            3GPP-IMSI-MCC-MNC = "00103"
            3GPP-SGSN-MCC-MNC = "26201"
            3GPP-IMEISV = "3533190000000101"
            """;

    @Autowired
    private RadiusListener radius;

    @Test
    void acceptsRadclientsAccessRequestWithTheEndpointsAddress() {
        Device d = device(customer());
        String ip = customer()
                .user()
                .get("/api/v1/endpoints/" + d.endpointId())
                .json()
                .get("ip_address")
                .asText();

        String output = radclient(ATTACH.formatted(d.imsi(), "EUTRAN"));

        assertThat(output).contains("Received Access-Accept").contains("Framed-IP-Address = " + ip);
        assertThat(output).contains("Acct-Interim-Interval = 900");
    }

    @Test
    void rejectsRadclientsAccessRequestAsThePolicySays() {
        String name = unique("LteOnly");
        Device d = device(customer(), Map.of("name", name, "rat_types", List.of("4G")), Map.of(), Map.of());

        String output = radclient(ATTACH.formatted(d.imsi(), "UTRAN"));

        assertThat(output)
                .contains("Received Access-Reject")
                .contains("Reply-Message = \"radio type UMTS not allowed by policy " + name + "\"");
    }

    private String radclient(String request) {
        try {
            Path file = Files.createTempFile("radclient-access", ".txt");
            Path output = Files.createTempFile("radclient-output", ".txt");
            try {
                Files.writeString(file, request);
                Process p = new ProcessBuilder(List.of(
                                RADCLIENT.toString(),
                                "-x",
                                "-r",
                                "1",
                                "-t",
                                "3",
                                "-f",
                                file.toString(),
                                "127.0.0.1:" + radius.authPort(),
                                "auth",
                                gatewaySecret()))
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("radclient did not finish within 20 s");
                }
                return Files.readString(output);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return fail("could not run radclient", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while radclient ran", e);
        }
    }

    /** Runs the class when radclient is installed or CI=true; skips it, saying why, otherwise. */
    static final class RadclientInstalled implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(RADCLIENT)) {
                return ConditionEvaluationResult.enabled("radclient is installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: radclient is mandatory, so its absence fails");
            }
            String reason = "skipped " + context.getDisplayName() + ": " + RADCLIENT
                    + " is missing (Debian package freeradius-utils); set CI=true to make this a failure";
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
