package org.simfleet.simulator.run;

import java.time.Duration;
import java.time.Instant;
import org.simfleet.simulator.network.PlatformApi;

/**
 * Everything a run needs: the organisation whose endpoints become devices, and the operator's network element the
 * HLR reports as (both through the API, signed in). {@code start} is the virtual time it begins at (null: now); {@code speed} virtual seconds
 * per real second (0: as fast as the platform answers); {@code restartEvery} how often the gateway restarts (null:
 * never); {@code coaPort} the port the gateway answers Disconnect-Requests on (0: any free one).
 */
public record SimulationConfig(
        PlatformApi organisation,
        PlatformApi network,
        int devices,
        long seed,
        String radiusHost,
        int authPort,
        int acctPort,
        String secret,
        String gatewayAddress,
        int coaPort,
        double speed,
        Instant start,
        Duration powerOnSpread,
        Duration restartEvery,
        double loss,
        double rate,
        Sms sms) {

    /**
     * The SMSC to run for the platform's ESME to bind to (port 0: a free one), or null for a network without SMS.
     * {@code fleetApp}: whether the organisation's credentials may send MT (APN configuration to unconfigured devices).
     */
    public record Sms(int port, String systemId, String password, boolean fleetApp) {}

    public SimulationConfig {
        if (devices < 1) {
            throw new IllegalArgumentException("--devices must be at least 1");
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("--secret is required: the gateway's RADIUS shared secret");
        }
    }

    public SimulationConfig withStart(Instant at) {
        return new SimulationConfig(
                organisation,
                network,
                devices,
                seed,
                radiusHost,
                authPort,
                acctPort,
                secret,
                gatewayAddress,
                coaPort,
                speed,
                at,
                powerOnSpread,
                restartEvery,
                loss,
                rate,
                sms);
    }
}
