/**
 * Simulated devices with the behaviours of the seeds' IoT fleets: GPS trackers (short data sessions, roaming, some
 * without an APN until configured), smart meters in PSM (one upload, then sleep), always-on industrial routers, and
 * a few misconfigured or unlucky ones whose refusals the platform's policies must explain.
 */
package org.simfleet.simulator.device;
