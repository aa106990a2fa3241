package org.simfleet.simulator.network;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.simfleet.simulator.clock.Scheduler;
import org.simfleet.simulator.smsc.Delivery;
import org.simfleet.simulator.smsc.SmscConfig;
import org.simfleet.simulator.smsc.SmscSimulator;

/**
 * The simulated network's SMSC, which the platform's ESME binds to: MT for a handset of the fleet is delivered (its
 * device hears of it on the scheduler's thread), MT for any other number waits as for a handset out of coverage; MO
 * from the devices goes to the platform as deliver_sm (queued until it binds).
 */
public final class SmsCenter implements AutoCloseable {

    /** The short code the devices' reports go to. */
    public static final String SERVICE_NUMBER = "12345";

    private final SmscSimulator smsc;

    /**
     * @param port 0 for a free one
     * @param handset whether a number is one of the simulated devices
     * @param deliver told (MSISDN, text) of each MT reassembled at a handset, on the scheduler's thread
     */
    public SmsCenter(
            int port,
            String systemId,
            String password,
            Predicate<String> handset,
            Scheduler clock,
            BiConsumer<String, String> deliver) {
        smsc = SmscSimulator.create(SmscConfig.defaults(systemId, password)
                        .withPort(port)
                        .withHandsets(msisdn -> handset.test(msisdn)
                                ? new Delivery.Delivered(Duration.ofMillis(200))
                                : new Delivery.Unreachable()))
                .start();
        smsc.onDeliveredMt(mt -> clock.post(() -> deliver.accept(mt.destination(), mt.text())));
    }

    public int port() {
        return smsc.port();
    }

    /** A device sends a text to the service number. */
    public void sendMo(String msisdn, String text) {
        smsc.sendMo(msisdn, SERVICE_NUMBER, text);
    }

    public SmscSimulator smsc() {
        return smsc;
    }

    @Override
    public void close() {
        smsc.close();
    }
}
