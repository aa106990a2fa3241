package org.simfleet.radius.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DuplicateCacheTest {
    private static final long WINDOW = TimeUnit.SECONDS.toNanos(30);
    private static final InetSocketAddress GATEWAY = new InetSocketAddress("127.0.0.1", 40000);
    private static final byte[] AUTHENTICATOR = new byte[16];
    private static final byte[] REPLY = {2, 7, 0, 20};

    private final AtomicLong now = new AtomicLong(1_000);
    private final DuplicateCache cache = new DuplicateCache(WINDOW, 100, now::get);

    @Test
    void letsTheFirstCopyClaimTheRequest() {
        assertThat(cache.claim(cache.entry(GATEWAY, 1, 7, AUTHENTICATOR))).isNull();
    }

    @Test
    void showsACopyArrivingDuringProcessingAnEntryWithoutReply() {
        cache.claim(cache.entry(GATEWAY, 1, 7, AUTHENTICATOR));

        DuplicateCache.Entry earlier = cache.claim(cache.entry(GATEWAY, 1, 7, AUTHENTICATOR.clone()));

        assertThat(earlier).isNotNull();
        assertThat(earlier.reply()).isNull();
    }

    @Test
    void givesACopyArrivingAfterTheAnswerTheCachedReply() {
        DuplicateCache.Entry first = cache.entry(GATEWAY, 1, 7, AUTHENTICATOR);
        cache.claim(first);
        cache.complete(first, REPLY);
        now.addAndGet(WINDOW);

        assertThat(cache.claim(cache.entry(GATEWAY, 1, 7, AUTHENTICATOR)).reply())
                .isEqualTo(REPLY);
    }

    @Test
    void processesACopyAfreshOnceTheWindowHasPassed() {
        DuplicateCache.Entry first = cache.entry(GATEWAY, 1, 7, AUTHENTICATOR);
        cache.claim(first);
        cache.complete(first, REPLY);
        now.addAndGet(WINDOW + 1);

        assertThat(cache.claim(cache.entry(GATEWAY, 1, 7, AUTHENTICATOR))).isNull();
    }

    @Test
    void processesACopyAfreshAfterTheFirstWasAbandoned() {
        DuplicateCache.Entry first = cache.entry(GATEWAY, 1, 7, AUTHENTICATOR);
        cache.claim(first);
        cache.abandon(first);

        assertThat(cache.claim(cache.entry(GATEWAY, 1, 7, AUTHENTICATOR))).isNull();
    }

    @Test
    void tellsRequestsApartByCodeIdentifierAuthenticatorAndSourcePort() {
        cache.claim(cache.entry(GATEWAY, 1, 7, AUTHENTICATOR));
        byte[] otherAuthenticator = AUTHENTICATOR.clone();
        otherAuthenticator[15] = 1;

        assertThat(cache.claim(cache.entry(GATEWAY, 4, 7, AUTHENTICATOR))).isNull();
        assertThat(cache.claim(cache.entry(GATEWAY, 1, 8, AUTHENTICATOR))).isNull();
        assertThat(cache.claim(cache.entry(GATEWAY, 1, 7, otherAuthenticator))).isNull();
        assertThat(cache.claim(cache.entry(new InetSocketAddress("127.0.0.1", 40001), 1, 7, AUTHENTICATOR)))
                .isNull();
    }

    @Test
    void forgetsTheOldestRequestsBeyondItsCapacity() {
        DuplicateCache small = new DuplicateCache(WINDOW, 3, now::get);
        for (int id = 0; id < 4; id++) {
            small.claim(small.entry(GATEWAY, 1, id, AUTHENTICATOR));
        }

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.claim(small.entry(GATEWAY, 1, 0, AUTHENTICATOR))).isNull();
        assertThat(small.claim(small.entry(GATEWAY, 1, 3, AUTHENTICATOR))).isNotNull();
    }

    @Test
    void evictsExpiredRequestsAsNewOnesArrive() {
        for (int id = 0; id < 50; id++) {
            cache.claim(cache.entry(GATEWAY, 1, id, AUTHENTICATOR));
        }
        now.addAndGet(WINDOW + 1);

        cache.claim(cache.entry(GATEWAY, 1, 200, AUTHENTICATOR));

        assertThat(cache.size()).isEqualTo(1);
    }
}
