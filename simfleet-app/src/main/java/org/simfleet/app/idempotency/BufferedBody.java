package org.simfleet.app.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * A request body read once, to hash it before the request runs, and kept so the controller can read it
 * again. Small bodies (every JSON request) stay in memory; a large upload spills to a temporary file so
 * an Idempotency-Key on a 200 MB import does not hold 200 MB of heap.
 */
final class BufferedBody implements AutoCloseable {

    static final int IN_MEMORY_LIMIT = 1 << 20;

    private final byte[] bytes;
    private final Path file;

    private BufferedBody(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    /** Reads {@code in} to its end, feeding every byte to {@code digest}. */
    static BufferedBody read(InputStream in, MessageDigest digest) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        OutputStream out = memory;
        Path file = null;
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int n; (n = in.read(chunk)) != -1; ) {
                digest.update(chunk, 0, n);
                if (file == null && memory.size() + n > IN_MEMORY_LIMIT) {
                    file = Files.createTempFile("simfleet-idempotent-", ".body");
                    out = Files.newOutputStream(file);
                    memory.writeTo(out);
                }
                out.write(chunk, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            close(out, file);
            throw e;
        }
        if (file == null) {
            return new BufferedBody(memory.toByteArray(), null);
        }
        out.close();
        return new BufferedBody(null, file);
    }

    InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private static void close(OutputStream out, Path file) throws IOException {
        out.close();
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
