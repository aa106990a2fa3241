package org.simfleet.radius.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.codec.Authenticators;
import org.simfleet.radius.codec.EncodedAttributes;
import org.simfleet.radius.codec.PacketBuilder;
import org.simfleet.radius.codec.PacketCode;
import org.simfleet.radius.codec.RadiusPacket;

/**
 * Sends Disconnect-Requests and CoA-Requests (RFC 5176) to gateways and completes each with the gateway's verified
 * ACK or NAK. A request carries exactly the attributes the caller gives (the session identification of RFC 5176 §3
 * and, for CoA, the changes) plus a Message-Authenticator, first; nothing of the client's own is added.
 *
 * <p>One socket, one receive thread and one timer thread serve every destination. A retransmission repeats the
 * same octets, Identifier and authenticator included, so the DAS can recognise it (RFC 5080 §2.2.1), and the
 * waits between sends follow that section's doubling with random ±10 % up to the configured maximum.
 */
public final class DynamicAuthorizationClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DynamicAuthorizationClient.class.getName());

    private final DynamicAuthorizationConfig config;
    private final DatagramChannel channel;
    private final ScheduledExecutorService timers;
    private final Outstanding outstanding = new Outstanding();
    private final Thread receiver;
    private final LongAdder sent = new LongAdder();
    private final LongAdder retransmissions = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder droppedReplies = new LongAdder();
    private volatile boolean closed;

    private DynamicAuthorizationClient(DynamicAuthorizationConfig config, DatagramChannel channel) {
        this.config = config;
        this.channel = channel;
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "radius-dynauth-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.receiver = new Thread(this::receive, "radius-dynauth-receive");
        this.receiver.setDaemon(true);
    }

    /** Binds an ephemeral port and starts receiving replies. */
    public static DynamicAuthorizationClient start(DynamicAuthorizationConfig config) {
        try {
            DatagramChannel channel = DatagramChannel.open(
                    config.bindAddress() instanceof Inet6Address
                            ? StandardProtocolFamily.INET6
                            : StandardProtocolFamily.INET);
            channel.bind(new InetSocketAddress(config.bindAddress(), 0));
            DynamicAuthorizationClient client = new DynamicAuthorizationClient(config, channel);
            client.receiver.start();
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the Dynamic Authorization client", e);
        }
    }

    /**
     * Asks the NAS to end the sessions {@code identification} names (RFC 5176 §3: User-Name, Acct-Session-Id,
     * Framed-IP-Address, Calling-Station-Id…), at {@code nas.address()} port {@code nas.coaPort()}.
     *
     * @return the Disconnect-ACK or -NAK; fails with {@link TimeoutException} when every attempt went unanswered
     */
    public CompletionStage<DynamicAuthorizationResponse> disconnect(NasClient nas, EncodedAttributes identification) {
        return send(
                nas,
                PacketCode.DISCONNECT_REQUEST,
                PacketCode.DISCONNECT_ACK,
                PacketCode.DISCONNECT_NAK,
                identification);
    }

    /** Asks the NAS to change the named sessions: identification plus the new authorization attributes. */
    public CompletionStage<DynamicAuthorizationResponse> changeOfAuthorization(
            NasClient nas, EncodedAttributes identificationAndChanges) {
        return send(nas, PacketCode.COA_REQUEST, PacketCode.COA_ACK, PacketCode.COA_NAK, identificationAndChanges);
    }

    public int localPort() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new IllegalStateException("closed", e);
        }
    }

    /** Requests sent, retransmissions not included. */
    public long sent() {
        return sent.sum();
    }

    public long retransmissions() {
        return retransmissions.sum();
    }

    /** Requests that went unanswered after every attempt. */
    public long timeouts() {
        return timeouts.sum();
    }

    /** Datagrams that were no valid reply to an outstanding request: malformed, unexpected, or forged. */
    public long droppedReplies() {
        return droppedReplies.sum();
    }

    private CompletableFuture<DynamicAuthorizationResponse> send(
            NasClient nas, int code, int ackCode, int nakCode, EncodedAttributes attributes) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("client closed"));
        }
        InetSocketAddress target = new InetSocketAddress(nas.address(), nas.coaPort());
        byte[] secret = nas.secret();
        Outstanding.Request request;
        try {
            request = outstanding.register(target, new Outstanding.Template() {
                @Override
                public byte[] packet(int identifier) {
                    return PacketBuilder.request(code, identifier, attributes, true, secret);
                }

                @Override
                public byte[] secret() {
                    return secret;
                }

                @Override
                public int ackCode() {
                    return ackCode;
                }

                @Override
                public int nakCode() {
                    return nakCode;
                }
            });
        } catch (IllegalArgumentException tooLong) {
            return CompletableFuture.failedFuture(tooLong);
        }
        if (request == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("256 requests to " + target + " already await replies"));
        }
        sent.increment();
        synchronized (request.lock) {
            request.timeoutNanos = jittered(config.initialTimeout().toNanos());
            transmit(request);
        }
        return request.result;
    }

    /** Sends (again) and arms the timer; under the request's lock. */
    private void transmit(Outstanding.Request request) {
        request.sends++;
        try {
            channel.send(ByteBuffer.wrap(request.packet), request.target);
        } catch (IOException e) {
            // Treated like a lost datagram: the timer retries.
            LOG.log(Level.DEBUG, () -> "could not send to " + request.target, e);
        }
        try {
            request.timer = timers.schedule(() -> expire(request), request.timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            request.release();
            request.result.completeExceptionally(new IllegalStateException("client closed"));
        }
    }

    private void expire(Outstanding.Request request) {
        synchronized (request.lock) {
            if (!request.outstanding()) {
                return;
            }
            if (request.sends < config.attempts()) {
                request.timeoutNanos = nextTimeout(request.timeoutNanos);
                retransmissions.increment();
                transmit(request);
                return;
            }
            request.release();
        }
        timeouts.increment();
        request.result.completeExceptionally(
                new TimeoutException("no answer from " + request.target + " after " + request.sends + " attempts"));
    }

    /** RFC 5080 §2.2.1: RT = 2 × RTprev + RAND × RTprev, and once above MRT, RT = MRT + RAND × MRT. */
    private long nextTimeout(long previous) {
        long next = 2 * previous + (long) (random() * previous);
        long max = config.maxTimeout().toNanos();
        return next > max ? jittered(max) : next;
    }

    /** RFC 5080 §2.2.1: the first RT = IRT + RAND × IRT. */
    private static long jittered(long nanos) {
        return nanos + (long) (random() * nanos);
    }

    /** RAND of RFC 5080 §2.2.1: uniform in -0.1..+0.1, so peers that lost the same packet do not retry together. */
    private static double random() {
        return ThreadLocalRandom.current().nextDouble(-0.1, 0.1);
    }

    private void receive() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(RadiusPacket.MAX_LENGTH);
        while (!closed) {
            buffer.clear();
            InetSocketAddress source;
            try {
                source = (InetSocketAddress) channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Dynamic Authorization client receive failed", e);
                continue;
            }
            buffer.flip();
            try {
                accept(RadiusPacket.parse(buffer), source);
            } catch (RuntimeException bug) {
                LOG.log(Level.ERROR, () -> "failed on a reply from " + source, bug);
            }
        }
    }

    /** Completes the request a reply answers, if the reply is well-formed, expected and authentic. */
    private void accept(RadiusPacket reply, InetSocketAddress source) {
        Outstanding.Request request = reply == null ? null : outstanding.find(source, reply.identifier());
        if (request == null) {
            droppedReplies.increment();
            return;
        }
        synchronized (request.lock) {
            byte[] authenticator = request.authenticator();
            boolean valid = request.outstanding()
                    && (reply.code() == request.ackCode || reply.code() == request.nakCode)
                    && Authenticators.verifyResponse(reply, authenticator, request.secret)
                    && Authenticators.checkMessageAuthenticator(reply, request.secret, authenticator)
                            != Authenticators.MessageAuthenticator.INVALID;
            if (!valid) {
                droppedReplies.increment();
                return;
            }
            request.release();
            if (request.timer != null) {
                request.timer.cancel(false);
            }
        }
        request.result.complete(new DynamicAuthorizationResponse(reply));
    }

    /** Closes the socket; requests still waiting fail with {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Dynamic Authorization client did not close cleanly", e);
        }
        timers.shutdownNow();
        for (Outstanding.Request request : outstanding.drain()) {
            request.result.completeExceptionally(new IllegalStateException("client closed"));
        }
        try {
            receiver.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
