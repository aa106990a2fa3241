/**
 * The whole application driven by the simulated network (simfleet-simulator, test scope): a seeded simulated hour
 * checked end to end, the repeatability of a seeded run, and the load profile's acknowledged sessions.
 */
package org.simfleet.app.simulation;
