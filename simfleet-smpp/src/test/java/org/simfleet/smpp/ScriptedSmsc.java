package org.simfleet.smpp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A hand-driven SMSC on loopback for hostile-peer tests: accepts one connection at a time, answers the bind, then
 * writes exactly the octets a test gives it and records every PDU the client sends.
 */
final class ScriptedSmsc implements AutoCloseable {
    private final ServerSocket server;
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private Socket socket;
    private DataOutputStream out;

    ScriptedSmsc() throws IOException {
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        server.setSoTimeout(10_000);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Accepts the next connection and answers its bind with ESME_ROK. */
    void acceptBind() throws IOException {
        socket = server.accept();
        out = new DataOutputStream(socket.getOutputStream());
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] bind = readPdu(in);
        int id = ByteBuffer.wrap(bind).getInt(4);
        int seq = ByteBuffer.wrap(bind).getInt(12);
        write(pdu(id | 0x80000000, 0, seq, "smsc\0".getBytes()));
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    received.add(readPdu(in));
                }
            } catch (IOException e) {
                // connection over
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    void write(byte[] octets) throws IOException {
        out.write(octets);
        out.flush();
    }

    /** The next PDU the client sent, or null within the timeout. */
    byte[] next(long seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    /** The next PDU with {@code commandId}, skipping others (enquire_link and the like). */
    byte[] next(int commandId, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            byte[] p = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (p != null && ByteBuffer.wrap(p).getInt(4) == commandId) {
                return p;
            }
        }
        return null;
    }

    static byte[] pdu(int commandId, int status, int sequence, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(16 + body.length);
        b.putInt(16 + body.length)
                .putInt(commandId)
                .putInt(status)
                .putInt(sequence)
                .put(body);
        return b.array();
    }

    private static byte[] readPdu(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] pdu = new byte[length];
        ByteBuffer.wrap(pdu).putInt(length);
        in.readFully(pdu, 4, length - 4);
        return pdu;
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        server.close();
    }
}
