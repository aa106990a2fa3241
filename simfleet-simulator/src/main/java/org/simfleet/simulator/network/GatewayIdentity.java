package org.simfleet.simulator.network;

import java.net.Inet4Address;

/** Who the gateway is to the platform: its loopback address (the NAS the platform knows), name and home network. */
public record GatewayIdentity(Inet4Address address, String name, Plmn homePlmn) {}
