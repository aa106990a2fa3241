package org.simfleet.app.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of what a request asks for: method, path, query and body. It tells a retry (same
 * fingerprint) from a different request that reuses a key. A multipart body is hashed part by part
 * (name, file name, type, content), because each retry of an upload gets a new random boundary; a
 * form body by its parameters, which the container parses from the original stream.
 */
final class RequestFingerprint implements AutoCloseable {

    private final String hash;
    private final HttpServletRequest request;
    private final BufferedBody body;

    private RequestFingerprint(String hash, HttpServletRequest request, BufferedBody body) {
        this.hash = hash;
        this.request = request;
        this.body = body;
    }

    static RequestFingerprint of(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest sha = sha256();
        field(sha, request.getMethod());
        field(sha, request.getRequestURI().substring(request.getContextPath().length()));
        field(sha, request.getQueryString());
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("multipart/")) {
            for (Part part : request.getParts()) {
                field(sha, part.getName());
                field(sha, part.getSubmittedFileName());
                field(sha, part.getContentType());
                sha.update(
                        ByteBuffer.allocate(Long.BYTES).putLong(part.getSize()).array());
                try (InputStream in = part.getInputStream()) {
                    in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha));
                }
            }
            return new RequestFingerprint(hex(sha), request, null);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String[]> sorted = new TreeMap<>(request.getParameterMap());
            sorted.forEach((name, values) -> {
                field(sha, name);
                for (String value : values) {
                    field(sha, value);
                }
            });
            return new RequestFingerprint(hex(sha), request, null);
        }
        BufferedBody body = BufferedBody.read(request.getInputStream(), sha);
        return new RequestFingerprint(hex(sha), new ReplayableRequest(request, body), body);
    }

    String hash() {
        return hash;
    }

    /** The request to pass on: its body can still be read. */
    HttpServletRequest request() {
        return request;
    }

    @Override
    public void close() throws IOException {
        if (body != null) {
            body.close();
        }
    }

    /** Length-prefixed, so that no two different field sequences hash the same bytes. */
    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
