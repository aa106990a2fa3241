package org.simfleet.radius.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * FreeRADIUS's {@code radclient} (Debian package freeradius-utils) as a peer: an independent RADIUS implementation
 * that builds requests from FreeRADIUS dictionary names and verifies our replies. Requests are given in its {@code
 * -f} file format: one attribute per line, packets separated by a blank line.
 */
public final class Radclient {
    public static final Path BINARY = Path.of("/usr/bin/radclient");
    private static final long TIMEOUT_SECONDS = 20;

    private Radclient() {}

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** What radclient printed (stdout and stderr together, with -x's packet dumps) and its exit status. */
    public record Result(int exitCode, String output) {}

    /**
     * Sends the packets of {@code requests} to 127.0.0.1:{@code port} as {@code command} (auth, acct, disconnect,
     * coa), one at a time, each tried once with a 2 s wait, and returns once radclient exits.
     */
    public static Result run(String requests, int port, String command, byte[] secret) {
        if (!installed()) {
            fail("radclient is required (CI=true) but " + BINARY + " is missing: apt-get install freeradius-utils");
        }
        try {
            Path file = Files.createTempFile("radclient-requests", ".txt");
            Path output = Files.createTempFile("radclient-output", ".txt");
            try {
                Files.writeString(file, requests);
                List<String> commandLine = new ArrayList<>(List.of(
                        BINARY.toString(), "-x", "-r", "1", "-t", "2", "-f", file.toString(), "127.0.0.1:" + port));
                commandLine.add(command);
                commandLine.add(new String(secret, StandardCharsets.US_ASCII));
                Process process = new ProcessBuilder(commandLine)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("radclient did not finish within " + TIMEOUT_SECONDS + " s");
                }
                return new Result(process.exitValue(), Files.readString(output));
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
}
