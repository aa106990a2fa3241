package org.simfleet.radius.client;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * The requests awaiting a reply, by destination and Identifier. RFC 2865 §3 makes the one-octet Identifier what
 * matches a reply to its request, and it only has to be unique per destination; so each destination gets its own
 * 256 slots, and a reply is looked up by the address it came from and its Identifier. Each destination's slots are
 * also the lock its requests' mutable state is guarded by.
 */
final class Outstanding {
    private final ConcurrentHashMap<InetSocketAddress, Slots> destinations = new ConcurrentHashMap<>();

    /** One request in flight; {@code sends}, {@code timeoutNanos} and {@code timer} are guarded by {@link #lock}. */
    static final class Request {
        final Object lock;
        final InetSocketAddress target;
        final int identifier;
        final byte[] packet;
        final byte[] secret;
        final int ackCode;
        final int nakCode;
        final CompletableFuture<DynamicAuthorizationResponse> result = new CompletableFuture<>();
        private final Slots slots;
        int sends;
        long timeoutNanos;
        ScheduledFuture<?> timer;

        private Request(Slots slots, InetSocketAddress target, int identifier, Template template) {
            this.slots = slots;
            this.lock = slots;
            this.target = target;
            this.identifier = identifier;
            this.packet = template.packet(identifier);
            this.secret = template.secret();
            this.ackCode = template.ackCode();
            this.nakCode = template.nakCode();
        }

        /** Whether the request still awaits its reply; call under {@link #lock}. */
        boolean outstanding() {
            return slots.requests[identifier] == this;
        }

        /** Frees the Identifier for another request; call under {@link #lock}. */
        void release() {
            if (outstanding()) {
                slots.requests[identifier] = null;
            }
        }

        /** The Request Authenticator, which the reply's Response Authenticator is computed over. */
        byte[] authenticator() {
            byte[] authenticator = new byte[16];
            System.arraycopy(packet, 4, authenticator, 0, 16);
            return authenticator;
        }
    }

    /** What a request is, but for the Identifier it gets. */
    interface Template {
        /** The signed packet with this Identifier. */
        byte[] packet(int identifier);

        byte[] secret();

        int ackCode();

        int nakCode();
    }

    /**
     * Registers a request under the next free Identifier of {@code target}, or returns null when all 256 already
     * await replies.
     */
    Request register(InetSocketAddress target, Template template) {
        Slots slots = destinations.computeIfAbsent(target, t -> new Slots());
        synchronized (slots) {
            for (int i = 0; i < 256; i++) {
                int identifier = (slots.next + i) & 0xff;
                if (slots.requests[identifier] == null) {
                    Request request = new Request(slots, target, identifier, template);
                    slots.requests[identifier] = request;
                    slots.next = identifier + 1;
                    return request;
                }
            }
            return null;
        }
    }

    /** The request awaiting a reply from {@code source} with this Identifier, or null. */
    Request find(InetSocketAddress source, int identifier) {
        Slots slots = destinations.get(source);
        if (slots == null) {
            return null;
        }
        synchronized (slots) {
            return slots.requests[identifier];
        }
    }

    /** Removes and returns every outstanding request. */
    List<Request> drain() {
        List<Request> all = new ArrayList<>();
        for (Slots slots : destinations.values()) {
            synchronized (slots) {
                for (int i = 0; i < 256; i++) {
                    if (slots.requests[i] != null) {
                        all.add(slots.requests[i]);
                        slots.requests[i] = null;
                    }
                }
            }
        }
        return all;
    }

    private static final class Slots {
        final Request[] requests = new Request[256];
        int next;
    }
}
