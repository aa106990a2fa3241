package org.simfleet.simulator.smsc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * The simulator's listening socket, bound before jSMPP sees it: jSMPP 3.0.2's listener answers 0 for the port it
 * was given as 0, so the simulator binds (an ephemeral port on loopback) itself and hands jSMPP this factory. It
 * also keeps every accepted socket so that the drop fault can abort them with a TCP reset, as a crashed or
 * unplugged SMSC would, with no unbind.
 */
final class LoopbackSockets implements ServerConnectionFactory {
    private final ServerSocket server;
    private final Set<Socket> accepted = ConcurrentHashMap.newKeySet();

    LoopbackSockets(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public ServerConnection listen(int port) {
        return new Listening();
    }

    @Override
    public ServerConnection listen(int port, int timeout) throws IOException {
        server.setSoTimeout(timeout);
        return new Listening();
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
        return listen(port, timeout);
    }

    /** Aborts every open connection (SO_LINGER 0: the peer gets an RST); answers how many. */
    int abortAll() {
        int n = 0;
        for (Socket s : accepted) {
            accepted.remove(s);
            if (s.isClosed()) {
                continue;
            }
            try {
                s.setSoLinger(true, 0);
                s.close();
                n++;
            } catch (IOException ignored) {
                // already gone
            }
        }
        return n;
    }

    void close() throws IOException {
        server.close();
        abortAll();
    }

    private final class Listening implements ServerConnection {
        @Override
        public Connection accept() throws IOException {
            Socket socket = server.accept();
            socket.setTcpNoDelay(true);
            accepted.removeIf(Socket::isClosed);
            accepted.add(socket);
            return new SocketConnection(socket);
        }

        @Override
        public void setSoTimeout(int timeout) throws IOException {
            server.setSoTimeout(timeout);
        }

        @Override
        public int getSoTimeout() throws IOException {
            return server.getSoTimeout();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
