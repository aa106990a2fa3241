package org.simfleet.app.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password and token guessing: after 5 failures for the same username, or 20 from the same
 * address (SIMFLEET_LOGIN_MAX_FAILURES_PER_ADDRESS), within 15 minutes, further attempts are refused with 429 until the window ends. Five
 * leaves room for honest typos; twenty per address lets a NAT'd office share one IP. Successful
 * logins clear the username's count. In memory per node: an attacker spreading over N nodes gets N
 * times the budget, still far too little to guess an Argon2id-hashed password.
 */
@Component
class LoginThrottle {

    static final int MAX_PER_USERNAME = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds memory under a spray of random usernames; the map is cleared when it grows past this. */
    private static final int MAX_KEYS = 100_000;

    private record Window(Instant start, int failures) {}

    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxPerAddress;

    LoginThrottle(Clock clock, @Value("${simfleet.login.max-failures-per-address:20}") int maxPerAddress) {
        this.clock = clock;
        this.maxPerAddress = maxPerAddress;
    }

    /** Seconds until the caller may try again, or 0 when it may try now. */
    long retryAfterSeconds(String username, String address) {
        return Math.max(blockedFor("u:" + username, MAX_PER_USERNAME), blockedFor("a:" + address, maxPerAddress));
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        Instant now = clock.instant();
        for (String key : new String[] {"u:" + username, "a:" + address}) {
            failures.compute(
                    key,
                    (k, w) -> w == null || w.start().plus(WINDOW).isBefore(now)
                            ? new Window(now, 1)
                            : new Window(w.start(), w.failures() + 1));
        }
    }

    void succeeded(String username) {
        failures.remove("u:" + username);
    }

    private long blockedFor(String key, int max) {
        Window w = failures.get(key);
        if (w == null || w.failures() < max) {
            return 0;
        }
        long left = Duration.between(clock.instant(), w.start().plus(WINDOW)).toSeconds();
        return Math.max(left, 0);
    }
}
