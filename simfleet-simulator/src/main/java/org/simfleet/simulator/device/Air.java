package org.simfleet.simulator.device;

import org.simfleet.simulator.clock.Scheduler;
import org.simfleet.simulator.network.Hlr;
import org.simfleet.simulator.network.PacketGateway;
import org.simfleet.simulator.network.SmsCenter;

/**
 * The network around the devices: the clock they live on, the gateway and HLR they use, what they tally, and, when
 * SMS is simulated, the SMSC and the fleet owner's application (both null otherwise).
 */
public record Air(Scheduler clock, PacketGateway gateway, Hlr hlr, Tally tally, SmsCenter sms, FleetApp app) {}
