package org.simfleet.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The two application tokens {@code ./simfleet demo} hands its simulator, written once into the data directory
 * (owner-only files): the Demo Fleet's USER token, whose endpoints become the simulated devices and which sends the
 * unconfigured trackers their APN by SMS, and the
 * operator's NETWORK token its HLR reports with. Created through the API like any other token, so they are audited,
 * listed and revocable. A token in a file that no longer signs in (a new database, a revoked token) is replaced;
 * every start rewrites both files, so the script knows they are current once they are newer than its start.
 */
final class SimulatorCredentials {

    static final String ORGANISATION_FILE = "demo-simulator-organisation.token";
    static final String NETWORK_FILE = "demo-simulator-network.token";

    private SimulatorCredentials() {}

    static void ensure(Path dataDir, DemoClient operator, DemoClient customer) {
        write(dataDir.resolve(NETWORK_FILE), operator, "NETWORK", "Demo simulator: HLR");
        write(dataDir.resolve(ORGANISATION_FILE), customer, "USER", "Demo simulator: fleet listing and APN SMS");
    }

    private static void write(Path file, DemoClient client, String role, String description) {
        if (Files.exists(file)) {
            return;
        }
        String token = client.post("/api/v1/application-tokens", Map.of("description", description, "role", role))
                .get("application_token")
                .asText();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, token + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo: cannot write the simulator's token to " + file, e);
        }
    }

    /** The token in {@code file} if it still signs in, else null. */
    private static String existing(Path file, DemoClient client) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            String token = Files.readString(file).strip();
            client.as(null).post("/api/v1/authenticate", Map.of("application_token", token));
            return token;
        } catch (IOException | IllegalStateException e) {
            return null; // unreadable, or refused: a new one replaces it
        }
    }
}
