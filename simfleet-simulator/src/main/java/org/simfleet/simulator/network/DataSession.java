package org.simfleet.simulator.network;

import java.net.Inet4Address;
import java.time.Instant;

/**
 * One PDP context / PDN connection the gateway holds for a device, with the cumulative counters it reports and the
 * highest ones the platform acknowledged (what the platform's usage must add up to).
 */
public final class DataSession {

    /** Told when the network ends the session: a Disconnect-Request or a gateway restart. */
    public interface Owner {
        void sessionEnded(DataSession session, String why);
    }

    final String acctSessionId;
    final long chargingId;
    final Subscriber subscriber;
    final String apn;
    final Inet4Address address;
    final Radio radio;
    final Plmn plmn;
    final Instant startedAt;
    final Owner owner;
    long octetsUp;
    long octetsDown;
    long ackedUp;
    long ackedDown;
    int interims;
    boolean closed;

    DataSession(
            String acctSessionId,
            long chargingId,
            Subscriber subscriber,
            String apn,
            Inet4Address address,
            Radio radio,
            Plmn plmn,
            Instant startedAt,
            Owner owner) {
        this.acctSessionId = acctSessionId;
        this.chargingId = chargingId;
        this.subscriber = subscriber;
        this.apn = apn;
        this.address = address;
        this.radio = radio;
        this.plmn = plmn;
        this.startedAt = startedAt;
        this.owner = owner;
    }

    /** The device moved data: up from the device, down to it. */
    public void transfer(long up, long down) {
        octetsUp += up;
        octetsDown += down;
    }

    public String acctSessionId() {
        return acctSessionId;
    }

    public boolean closed() {
        return closed;
    }

    public Inet4Address address() {
        return address;
    }
}
