package org.simfleet.radius;

import java.net.InetAddress;

/**
 * Which RADIUS clients the server answers, and with which secret. Implemented by the application, typically over an
 * in-memory map kept fresh from its configuration.
 */
@FunctionalInterface
public interface NasDirectory {
    /**
     * Looks up the client a datagram came from. Called on a server receive thread for every datagram, before the
     * packet is parsed, so it must answer from memory and never block.
     *
     * @return the client, or {@code null} for an unknown source: the packet is then dropped silently (RFC 2865 §3)
     *     and counted as {@link DropReason#UNKNOWN_SOURCE}; an exception counts the same way
     */
    NasClient find(InetAddress source);
}
