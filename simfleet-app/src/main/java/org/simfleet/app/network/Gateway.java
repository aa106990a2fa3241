package org.simfleet.app.network;

import java.time.Instant;

/**
 * A packet gateway as the API shows it. The shared secret is write-only: it is stored because RADIUS needs it to check
 * and sign every packet (RFC 2865 §3), and never shown again once set.
 */
public record Gateway(long id, String name, String address, int coaPort, Instant createdAt, Instant updatedAt) {}
