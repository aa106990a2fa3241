package org.simfleet.simulator.smsc;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a {@link SmscSimulator} behaves; validated once here.
 *
 * @param port the SMPP port on 127.0.0.1; 0 picks a free one
 * @param systemId the system_id every bind must present
 * @param password the password every bind must present
 * @param handsets decides each MT's fate by destination
 * @param defaultValidity how long an MT without validity_period is kept for an unreachable handset
 * @param deliverWindow deliver_sm (receipts and MO) in flight at once, each awaiting its deliver_sm_resp
 * @param deliverTimeout how long a deliver_sm waits for its deliver_sm_resp before it is kept for later
 * @param redeliveryDelay how long a deliver_sm refused by the ESME waits before it is sent again
 * @param pduThreads threads that process received PDUs per session (submit_sm with slow responses needs many)
 * @param duplicateKey the key of a submit by its decoded text (e.g. a marker in the text), for counting duplicate
 *     submits; null results are not counted
 */
public record SmscConfig(
        int port,
        String systemId,
        String password,
        Handsets handsets,
        Duration defaultValidity,
        int deliverWindow,
        Duration deliverTimeout,
        Duration redeliveryDelay,
        int pduThreads,
        Function<String, String> duplicateKey) {

    public SmscConfig {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(handsets, "handsets");
        Objects.requireNonNull(defaultValidity, "defaultValidity");
        Objects.requireNonNull(deliverTimeout, "deliverTimeout");
        Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
        duplicateKey = duplicateKey == null ? text -> null : duplicateKey;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (deliverWindow < 1 || deliverWindow > 256) {
            throw new IllegalArgumentException("deliverWindow must be 1..256: " + deliverWindow);
        }
        if (pduThreads < 1 || pduThreads > 256) {
            throw new IllegalArgumentException("pduThreads must be 1..256: " + pduThreads);
        }
    }

    /**
     * A free port, every handset reached after 10 ms (the yardstick's receipt delay), 8 deliver_sm in flight (as
     * the yardstick's SMSC), messages kept a day, refused deliveries sent again after 200 ms.
     */
    public static SmscConfig defaults(String systemId, String password) {
        return new SmscConfig(
                0,
                systemId,
                password,
                Handsets.allDelivered(Duration.ofMillis(10)),
                Duration.ofDays(1),
                8,
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                8,
                null);
    }

    public SmscConfig withPort(int newPort) {
        return new SmscConfig(
                newPort,
                systemId,
                password,
                handsets,
                defaultValidity,
                deliverWindow,
                deliverTimeout,
                redeliveryDelay,
                pduThreads,
                duplicateKey);
    }

    public SmscConfig withHandsets(Handsets newHandsets) {
        return new SmscConfig(
                port,
                systemId,
                password,
                newHandsets,
                defaultValidity,
                deliverWindow,
                deliverTimeout,
                redeliveryDelay,
                pduThreads,
                duplicateKey);
    }

    public SmscConfig withDefaultValidity(Duration validity) {
        return new SmscConfig(
                port,
                systemId,
                password,
                handsets,
                validity,
                deliverWindow,
                deliverTimeout,
                redeliveryDelay,
                pduThreads,
                duplicateKey);
    }

    public SmscConfig withDeliverWindow(int window) {
        return new SmscConfig(
                port,
                systemId,
                password,
                handsets,
                defaultValidity,
                window,
                deliverTimeout,
                redeliveryDelay,
                pduThreads,
                duplicateKey);
    }

    public SmscConfig withDeliverTimeout(Duration timeout) {
        return new SmscConfig(
                port,
                systemId,
                password,
                handsets,
                defaultValidity,
                deliverWindow,
                timeout,
                redeliveryDelay,
                pduThreads,
                duplicateKey);
    }

    public SmscConfig withRedeliveryDelay(Duration delay) {
        return new SmscConfig(
                port,
                systemId,
                password,
                handsets,
                defaultValidity,
                deliverWindow,
                deliverTimeout,
                delay,
                pduThreads,
                duplicateKey);
    }

    public SmscConfig withPduThreads(int threads) {
        return new SmscConfig(
                port,
                systemId,
                password,
                handsets,
                defaultValidity,
                deliverWindow,
                deliverTimeout,
                redeliveryDelay,
                threads,
                duplicateKey);
    }

    public SmscConfig withDuplicateKey(Function<String, String> key) {
        return new SmscConfig(
                port,
                systemId,
                password,
                handsets,
                defaultValidity,
                deliverWindow,
                deliverTimeout,
                redeliveryDelay,
                pduThreads,
                key);
    }
}
