package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FreeRADIUS's radclient (Debian package freeradius-utils) as the packet gateway: an independent RADIUS
 * implementation builds the Accounting-Requests from its dictionaries and checks our answers. Skipped, saying why,
 * without radclient, unless CI=true, where its absence fails the test.
 */
class RadclientAccountingTest extends AccountingTestBase {

    private static final Path RADCLIENT = Path.of("/usr/bin/radclient");

    @BeforeAll
    static void radclientInstalled() {
        if (Files.isExecutable(RADCLIENT)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("radclient is required (CI=true) but " + RADCLIENT + " is missing: apt-get install freeradius-utils");
        }
        String reason = "skipped RadclientAccountingTest: " + RADCLIENT
                + " is missing (Debian package freeradius-utils); set CI=true to make this a failure";
        System.err.println(reason);
        Assumptions.abort(reason);
    }

    @Test
    void storesTheStartAndStopRadclientSends() throws Exception {
        gateway(); // registers 127.0.0.1, radclient's source address
        String secret = jdbc().queryForObject("SELECT secret FROM gateway WHERE address = '127.0.0.1'", String.class);
        String imsi = strangerImsi();
        String id = sessionId();
        String session = "User-Name = \"" + imsi + "\"\nAcct-Session-Id = \"" + id + "\"\n"
                + "Called-Station-Id = \"em\"\nFramed-IP-Address = 100.64.7.7\n3GPP-IMSI = \"" + imsi + "\"\n"
                + "3GPP-RAT-Type = 6\n3GPP-SGSN-MCC-MNC = \"26201\"\n";
        String requests = session + "Acct-Status-Type = Start\n\n"
                + session + "Acct-Status-Type = Stop\nAcct-Input-Octets = 1234\nAcct-Output-Octets = 5678\n"
                + "Acct-Input-Gigawords = 1\nAcct-Session-Time = 60\nAcct-Terminate-Cause = Idle-Timeout\n";

        String output = radclient(requests, radius.acctPort(), secret);

        assertThat(output).contains("Received Accounting-Response");
        Map<String, Object> s = session(id);
        assertThat(s).containsEntry("imsi", imsi).containsEntry("terminate_cause", "IDLE_TIMEOUT");
        assertThat(s).containsEntry("framed_ip", "100.64.7.7").containsEntry("rat_type", "4G");
        assertThat(((Number) s.get("bytes_up")).longValue()).isEqualTo((1L << 32) + 1234);
        assertThat(usage(id)).containsExactly((1L << 32) + 1234, 5678, 1);
    }

    /** Sends the packets one after the other (-p 1), each tried once more after 2 s, and returns what it printed. */
    private static String radclient(String requests, int port, String secret) throws IOException, InterruptedException {
        Path file = Files.createTempFile("radclient-acct", ".txt");
        Path output = Files.createTempFile("radclient-output", ".txt");
        try {
            Files.writeString(file, requests);
            Process p = new ProcessBuilder(List.of(
                            RADCLIENT.toString(),
                            "-x",
                            "-p",
                            "1",
                            "-r",
                            "2",
                            "-t",
                            "2",
                            "-f",
                            file.toString(),
                            "127.0.0.1:" + port,
                            "acct",
                            secret))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("radclient did not finish within 20 s");
            }
            String printed = Files.readString(output);
            assertThat(p.exitValue())
                    .as("radclient exit status; it printed:%n%s", printed)
                    .isZero();
            return printed;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(output);
        }
    }
}
