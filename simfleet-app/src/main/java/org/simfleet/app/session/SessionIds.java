package org.simfleet.app.session;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Session ids that grow with time (the layout of UUID version 7, RFC 9562 §5.7: 48 bits of Unix milliseconds, then
 * random bits). New sessions then land at the right edge of the primary key index and of usage_record's session
 * index instead of on random pages, and no SecureRandom is drawn per session; the ids are names, not secrets.
 */
final class SessionIds {

    UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0fffL);
        long low = (random.nextLong() & 0x3fff_ffff_ffff_ffffL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
