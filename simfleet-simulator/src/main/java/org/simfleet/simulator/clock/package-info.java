/**
 * Virtual time: one event loop that runs the simulated network's events in time order, at a chosen multiple of real
 * time or as fast as the platform answers. Events run one at a time on one thread, so a seed repeats a run exactly.
 */
package org.simfleet.simulator.clock;
