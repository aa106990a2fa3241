/**
 * Runs the simulated network against a Simfleet: the command line ({@code ./simfleet simulate}, {@code ./simfleet
 * demo}), and {@link org.simfleet.simulator.run.Simulation} for tests that run it in-process on a virtual clock.
 */
package org.simfleet.simulator.run;
