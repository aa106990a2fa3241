/**
 * The SIM inventory: batches imported by the platform operator under a Batch Identification Code (BIC),
 * registered by customers with that code, searched, and moved through one canonical lifecycle
 * ({@link org.simfleet.app.sim.SimState}) one by one, in bulk or at a scheduled time.
 */
package org.simfleet.app.sim;
