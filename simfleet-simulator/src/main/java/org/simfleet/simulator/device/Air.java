package org.simfleet.simulator.device;

import org.simfleet.simulator.clock.Scheduler;
import org.simfleet.simulator.network.Hlr;
import org.simfleet.simulator.network.PacketGateway;

/** The network around the devices: the clock they live on, the gateway and HLR they use, and what they tally. */
public record Air(Scheduler clock, PacketGateway gateway, Hlr hlr, Tally tally) {}
