package org.simfleet.app.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real FreeRADIUS 3 playing a packet gateway's Dynamic Authorization Server (RFC 5176): it answers Disconnect-
 * Requests from 127.0.0.1 with Disconnect-ACK, except for the Acct-Session-Id {@link #UNKNOWN_SESSION}, which gets a
 * Disconnect-NAK with Error-Cause 503 Session Context Not Found, as a gateway answers for a session it no longer has.
 * Runs in the foreground on a private configuration in a temporary directory and is killed on {@link #close()}.
 */
public final class FreeradiusDas implements AutoCloseable {

    public static final String BINARY = "/usr/sbin/freeradius";
    public static final String UNKNOWN_SESSION = "no-such-session";

    private final Process process;
    private final Path dir;
    private final InetAddress address;
    private final int port;

    private FreeradiusDas(Process process, Path dir, InetAddress address, int port) {
        this.process = process;
        this.dir = dir;
        this.address = address;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /** Starts it listening on {@code address} (any 127.x.y.z) and waits until it says it is ready. */
    public static FreeradiusDas start(InetAddress address, String secret) throws IOException, InterruptedException {
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, address)) {
            port = probe.getLocalPort();
        }
        Path dir = Files.createTempDirectory("simfleet-das");
        Files.writeString(dir.resolve("dictionary"), "");
        Files.writeString(dir.resolve("radiusd.conf"), config(dir, address, port, secret));
        Process process = new ProcessBuilder(BINARY, "-f", "-d", dir.toString(), "-l", "stdout", "-x")
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("Ready to process requests")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            ready.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        boolean up;
        try {
            up = ready.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            up = false;
        }
        if (!up) {
            process.destroyForcibly();
            throw new IllegalStateException("FreeRADIUS did not start; its configuration is in " + dir);
        }
        return new FreeradiusDas(process, dir, address, port);
    }

    public InetAddress address() {
        return address;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String config(Path dir, InetAddress address, int port, String secret) {
        return """
                prefix = /usr
                exec_prefix = /usr
                sysconfdir = /etc
                localstatedir = /var
                sbindir = /usr/sbin
                libdir = /usr/lib/freeradius
                name = freeradius
                confdir = %1$s
                raddbdir = %1$s
                logdir = %1$s
                radacctdir = %1$s
                run_dir = %1$s
                db_dir = %1$s
                pidfile = %1$s/radiusd.pid
                max_request_time = 30
                hostname_lookups = no
                log {
                  destination = stdout
                }
                security {
                  allow_vulnerable_openssl = yes
                }
                thread pool {
                  start_servers = 1
                  max_servers = 2
                  min_spare_servers = 1
                  max_spare_servers = 2
                }
                modules {
                  always ok {
                    rcode = ok
                  }
                  always reject {
                    rcode = reject
                  }
                }
                client simfleet {
                  ipaddr = 127.0.0.1
                  secret = %4$s
                }
                server das {
                  listen {
                    type = coa
                    ipaddr = %2$s
                    port = %3$d
                  }
                  recv-coa {
                    if (&Acct-Session-Id == "%5$s") {
                      update reply {
                        Error-Cause := Session-Context-Not-Found
                      }
                      reject
                    }
                    ok
                  }
                  send-coa {
                    ok
                  }
                }
                """
                .formatted(dir, address.getHostAddress(), port, secret, UNKNOWN_SESSION);
    }
}
