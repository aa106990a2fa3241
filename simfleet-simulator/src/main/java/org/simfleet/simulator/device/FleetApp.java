package org.simfleet.simulator.device;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.simfleet.simulator.network.PlatformApi;
import org.simfleet.simulator.network.SmsCenter;

/**
 * The fleet owner's application, as far as the simulated network needs one: when a device shows up attached but
 * without an APN, it sends the device its APN by SMS through the platform ({@code POST /api/v1/endpoints/{id}/sms}),
 * as a support agent does for a tracker shipped unconfigured.
 */
public final class FleetApp {

    private final PlatformApi api;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile String lastRefusal;

    public FleetApp(PlatformApi api) {
        this.api = api;
    }

    /** Sends "APN em" to the device's endpoint; a refusal (say, a read-only token) is counted, not fatal. */
    void configureApn(Device d) {
        try {
            api.post(
                    "/api/v1/endpoints/" + d.endpointId() + "/sms",
                    Map.of("payload", "APN " + Device.APN, "source_address", SmsCenter.SERVICE_NUMBER));
            submitted.incrementAndGet();
        } catch (PlatformApi.PlatformException e) {
            refused.incrementAndGet();
            lastRefusal = e.getMessage();
        }
    }

    /** MT messages the platform accepted. */
    public long submitted() {
        return submitted.get();
    }

    public long refused() {
        return refused.get();
    }

    /** Why the platform refused the last message, or null. */
    public String lastRefusal() {
        return lastRefusal;
    }
}
