package org.simfleet.smpp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * One TCP connection carrying SMPP PDUs: length-prefixed framing (SMPP 3.4 §3.2) with a bound on the length, and
 * whole-PDU writes from any thread. Only the bind session's thread reads.
 */
final class PduChannel implements AutoCloseable {
    /** The PDU header: command_length, command_id, command_status, sequence_number (§3.2). */
    static final int HEADER_OCTETS = 16;

    /**
     * The longest PDU read: a deliver_sm with a 64 KiB message_payload (§5.3.2.32) and its other fields. Anything
     * longer is a broken stream, not a PDU, and the connection is dropped before allocating for it.
     */
    static final int MAX_PDU_OCTETS = 70_000;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private volatile boolean closed;

    private PduChannel(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    static PduChannel connect(String host, int port, int connectTimeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            return new PduChannel(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Waits at most this long in {@link #read()} before it answers null, so the caller can check timers. */
    void readTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /**
     * The next whole PDU, header included, or null when the read timeout passed with nothing to read.
     *
     * @throws MalformedStreamException when the command_length cannot be right: the stream cannot be resynchronised
     * @throws IOException when the connection fails or closes
     */
    byte[] read() throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (SocketTimeoutException e) {
            return null;
        }
        if (length < HEADER_OCTETS || length > MAX_PDU_OCTETS) {
            throw new MalformedStreamException("command_length " + length + " outside 16.." + MAX_PDU_OCTETS);
        }
        byte[] pdu = new byte[length];
        pdu[0] = (byte) (length >>> 24);
        pdu[1] = (byte) (length >>> 16);
        pdu[2] = (byte) (length >>> 8);
        pdu[3] = (byte) length;
        // Once a PDU has begun, its rest must follow: a timeout here is waited out rather than losing the framing.
        int read = 4;
        while (read < length) {
            try {
                int n = in.read(pdu, read, length - read);
                if (n < 0) {
                    throw new EOFException("connection closed inside a PDU");
                }
                read += n;
            } catch (SocketTimeoutException e) {
                if (closed) {
                    throw e;
                }
            }
        }
        return pdu;
    }

    /** Writes one PDU; concurrent writers never interleave. */
    void write(byte[] pdu) throws IOException {
        synchronized (out) {
            out.write(pdu);
            out.flush();
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes at once (the peer sees a FIN, or an RST if unread data remains); a blocked read fails. */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    static int commandId(byte[] pdu) {
        return intAt(pdu, 4);
    }

    static int commandStatus(byte[] pdu) {
        return intAt(pdu, 8);
    }

    static int sequence(byte[] pdu) {
        return intAt(pdu, 12);
    }

    private static int intAt(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    /** The peer sent a command_length no PDU can have. */
    static final class MalformedStreamException extends IOException {
        MalformedStreamException(String message) {
            super(message);
        }
    }
}
