package org.simfleet.simulator.smsc;

import java.time.Duration;
import org.simfleet.smpp.SmppConfig;

/** Client and simulator settings for tests on loopback: short timers so that outages heal within a second. */
final class Loopback {
    static final String SYSTEM_ID = "simfleet";
    static final String PASSWORD = "secret";
    static final String HANDSET = "4915112345678";

    private Loopback() {}

    static SmscConfig smsc() {
        return SmscConfig.defaults(SYSTEM_ID, PASSWORD).withDuplicateKey(Loopback::marker);
    }

    static SmppConfig client(SmscSimulator smsc) {
        return SmppConfig.defaults("127.0.0.1", smsc.port(), SYSTEM_ID, PASSWORD)
                .withDefaultSource("Simfleet")
                .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(400))
                .withResponseTimeout(Duration.ofSeconds(3));
    }

    /** The "id=N" marker a test puts into each text, so that the simulator counts submits per message. */
    static String marker(String text) {
        int at = text.indexOf("id=");
        if (at < 0) {
            return null;
        }
        int end = at + 3;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }
}
